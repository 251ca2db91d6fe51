package io.newsflow.app.bench.workload;

import java.util.List;
import java.util.Random;

/**
 * A news site: its name, host and the template parts every page of it repeats (navigation, footer lines), so
 * the cleaner's per-site template learning has something to learn.
 *
 * @param name   the site's name
 * @param host   its host name
 * @param nav    navigation labels
 * @param footer footer lines
 */
record Site(String name, String host, List<String> nav, List<String> footer) {
    private static final List<String> WORDS = List.of("Daily", "Herald", "Courier", "Observer", "Tribune",
            "Chronicle", "Gazette", "Post", "Times", "Ledger", "Express", "Monitor");

    Site {
        nav = List.copyOf(nav);
        footer = List.copyOf(footer);
    }

    /** The {@code index}-th of the workload's sites; the same index always gives the same site. */
    static Site of(int index) {
        Random random = new Random(9_001L * (index + 1));
        String first = WORDS.get(index % WORDS.size());
        String second = WORDS.get((index / WORDS.size() + 3 + index) % WORDS.size());
        String name = "The " + Vocabulary.PLACES.get(index % Vocabulary.PLACES.size()) + " " + first
                + (first.equals(second) ? "" : " " + second);
        String host = name.toLowerCase().replace("the ", "").replaceAll("[^a-z]+", "") + ".example";
        List<String> nav = new java.util.ArrayList<>(Vocabulary.SECTIONS.stream().map(Prose::capitalised).toList());
        nav.add(0, "Home");
        for (int i = 0; i < 6 + random.nextInt(20); i++) {
            nav.add(Prose.capitalised(Vocabulary.any(Vocabulary.NOUNS, random)));
        }
        List<String> footer = List.of("\u00a9 " + (2015 + random.nextInt(10)) + " " + name + ". All rights reserved.",
                "About us | Contact | Careers | Advertise with us | Privacy policy | Terms of use | Cookie settings",
                "Sign up for the " + name + " newsletter and get the day's top stories in your inbox.");
        return new Site(name, host, nav, footer);
    }
}
