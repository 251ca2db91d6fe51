package io.newsflow.app.bench.workload;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * A story as the plain text of a whole page, one block a line, like the seed articles: navigation and date
 * lines above the headline, the body with the odd caption, "read more" and advertisement line, and sharing
 * and footer lines below.
 */
final class TextPage {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private TextPage() {
    }

    static String render(Story story, Random random) {
        Prose prose = new Prose(random);
        StringBuilder page = new StringBuilder(story.paragraphs().size() * 400 + 1024);
        if (random.nextBoolean()) {
            line(page, String.join(" | ", story.site().nav().subList(0, Math.min(8, story.site().nav().size()))));
        }
        line(page, DATE.format(story.date()));
        line(page, story.title());
        line(page, "By " + story.author());
        for (int i = 0; i < story.paragraphs().size(); i++) {
            line(page, story.paragraphs().get(i));
            interject(page, random, prose, i);
        }
        line(page, "Share this article: Facebook | Twitter | Email | Copy link");
        line(page, random.nextInt(200) + " comments");
        line(page, "More from " + story.site().name() + ": " + prose.headline());
        story.site().footer().forEach(footer -> line(page, footer));
        return page.toString();
    }

    private static void interject(StringBuilder page, Random random, Prose prose, int paragraph) {
        switch (random.nextInt(9)) {
            case 0 -> line(page, "Advertisement");
            case 1 -> line(page, "Read more: " + prose.headline());
            case 2 -> line(page, "Photo: " + Vocabulary.person(random) + " / Reuters");
            case 3 -> {
                if (paragraph == 2) {
                    line(page, "Subscribe to our newsletter for the day's top stories");
                }
            }
            default -> {
            }
        }
    }

    private static void line(StringBuilder page, String line) {
        page.append(line).append("\n\n");
    }
}
