package io.newsflow.processing.clean.template;

import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Pages of one made-up site: a fixture page with a shared footer and appeal, filled with seeded prose. */
final class SyntheticSite {
    private static final String[] WHO = {"The council", "A local fisherman", "The harbour master", "Residents",
        "The ferry company", "A group of teachers", "The mayor", "Volunteers", "The coast guard", "Shop owners"};
    private static final String[] DID = {"said on Tuesday that", "argued at the meeting that", "warned that",
        "told reporters that", "announced that", "wrote in a letter that", "agreed that", "confirmed that"};
    private static final String[] WHAT = {"the new pier would open before the summer season",
        "repairs to the sea wall had cost more than expected", "the old lighthouse needed a new roof",
        "parking near the market was still a problem for visitors", "the school would get a new sports hall",
        "the spring festival would return after a break of two years", "fish prices had fallen again this month",
        "the night ferry would run twice a week in the winter", "the beach would be cleaned every weekend",
        "a new bus route would link the harbour with the station"};

    private SyntheticSite() {
    }

    static List<RawArticle> htmlPages(String host, int count) {
        List<RawArticle> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String html = fill("site-page.html", "Story number " + i, paragraphs(i, "      <p>", "</p>"));
            String url = "https://" + host + "/news/story-" + i;
            pages.add(new RawArticle("p" + i, Source.file("pages/" + host + "/story-" + i + ".html"),
                    ContentFormat.HTML, html, url, null, null, null, null, Instant.EPOCH));
        }
        return pages;
    }

    static List<RawArticle> textPages(String folder, int count) {
        List<RawArticle> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = fill("site-page.txt", "Story number " + i, paragraphs(i, "", ""));
            pages.add(RawArticle.of("t" + i, Source.file(folder + "/story-" + i + ".txt"), ContentFormat.TEXT, text,
                    Instant.EPOCH));
        }
        return pages;
    }

    /** Four paragraphs of three sentences each, different for every seed. */
    static String paragraphs(int seed, String open, String close) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < 4; p++) {
            out.append(open);
            for (int s = 0; s < 3; s++) {
                out.append(pick(random, WHO)).append(' ').append(pick(random, DID)).append(' ')
                        .append(pick(random, WHAT)).append(", and ").append(pick(random, WHO).toLowerCase())
                        .append(' ').append(pick(random, DID)).append(' ').append(pick(random, WHAT)).append(". ");
            }
            out.append(close).append('\n');
        }
        return out.toString();
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String fill(String fixture, String title, String paragraphs) {
        return read(fixture).replace("{{TITLE}}", title).replace("{{PARAGRAPHS}}", paragraphs.stripTrailing());
    }

    private static String read(String name) {
        try (InputStream in = SyntheticSite.class.getResourceAsStream("/template/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture /template/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("can't read test fixture /template/" + name, e);
        }
    }
}
