package io.newsflow.app.bench.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Writes stories and near-copies of them (a rewrite, as when another outlet runs an agency story). */
final class Stories {
    static final int SITES = 12;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private Stories() {
    }

    /** A story whose body is about {@code bodyChars} long. */
    static Story write(Random random, int bodyChars) {
        Prose prose = new Prose(random);
        Site site = Site.of(random.nextInt(SITES));
        String section = Vocabulary.any(Vocabulary.SECTIONS, random);
        String title = prose.headline();
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(700));
        String url = "https://" + site.host() + "/" + section + "/" + date.toString().replace('-', '/') + "/"
                + slug(title) + "-" + Long.toHexString(random.nextLong() & 0xffffffL);
        return new Story(site, url, section, title, Vocabulary.person(random), date, prose.paragraphs(bodyChars));
    }

    /**
     * A near copy: about one word in fifty replaced, one paragraph dropped or one added, the headline reworded,
     * published elsewhere (another site and URL).
     */
    static Story rewrite(Story original, Random random) {
        Prose prose = new Prose(random);
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : original.paragraphs()) {
            paragraphs.add(substituteWords(paragraph, random, prose));
        }
        if (paragraphs.size() > 3 && random.nextBoolean()) {
            paragraphs.remove(1 + random.nextInt(paragraphs.size() - 2));
        } else {
            paragraphs.add(prose.paragraph());
        }
        Site site = Site.of(random.nextInt(SITES));
        String title = random.nextBoolean() ? original.title() : original.title() + ", " + prose.noun() + " says";
        String url = "https://" + site.host() + "/" + original.section() + "/" + slug(title) + "-"
                + Long.toHexString(random.nextLong() & 0xffffffL);
        return new Story(site, url, original.section(), title, Vocabulary.person(random), original.date(), paragraphs);
    }

    private static String substituteWords(String paragraph, Random random, Prose prose) {
        String[] words = paragraph.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (random.nextInt(50) == 0 && words[i].chars().allMatch(Character::isLowerCase)) {
                words[i] = prose.noun();
            }
        }
        return String.join(" ", words);
    }

    static String slug(String title) {
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
