package io.newsflow.processing.dedup.near;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The ways a news text is copied in the wild, as text transformations, to make labelled near-duplicate pairs
 * from any article: each takes a body (paragraphs separated by blank lines) and a random source, and returns
 * the copy.
 */
enum Transformations {
    NEW_HEADLINE((t, r) -> "Exclusive: what we know so far about the latest developments\n\n" + t),
    CORRECTION((t, r) -> t + "\n\nCorrection: An earlier version of this article misstated the date of the "
            + "meeting. It took place on Thursday, not Wednesday, as previously reported."),
    TYPOS((t, r) -> typos(t, r, 0.03)),
    REWRAP((t, r) -> rewrap(t)),
    SENTENCE_EDITS((t, r) -> editSentences(t, r, 0.15)),
    BOILERPLATE_ADDED((t, r) -> "Share this article on Facebook Twitter Email\n\nAdvertisement\n\n" + t
            + "\n\nSign up for our morning newsletter to get the day's top stories delivered to your inbox. "
            + "Copyright 2024 The Daily Example. All rights reserved. This material may not be published, "
            + "broadcast, rewritten or redistributed."),
    PARAGRAPH_DROPPED((t, r) -> dropParagraph(t, r)),
    LAST_PARAGRAPHS_CUT((t, r) -> cutEnd(t, 0.2)),
    TEMPLATE_AND_TYPOS((t, r) -> BOILERPLATE_ADDED.apply(typos(t, r, 0.02), r)),
    CORRECTION_AND_EDITS((t, r) -> CORRECTION.apply(editSentences(t, r, 0.1), r)),
    DROPPED_AND_TYPOS((t, r) -> typos(dropParagraph(t, r), r, 0.02)),
    HEAVY_EDITS((t, r) -> typos(editSentences(t, r, 0.3), r, 0.04)),
    OTHER_SITE_TEMPLATE((t, r) -> "Home | News | Politics | Sport | Business\n\nRead more: Top stories from around the "
            + "world\n\n" + rewrap(dropParagraph(t, r)) + "\n\nFollow us on Instagram and YouTube. Have a news tip? "
            + "Contact the Example Herald newsroom. Terms of Use, Privacy Policy, Cookie Settings.");

    private final BiFunction<String, Random, String> copy;

    Transformations(BiFunction<String, Random, String> copy) {
        this.copy = copy;
    }

    /** The copy; a transformation that would remove more than a quarter of the words leaves the text as is. */
    String apply(String text, Random random) {
        String copied = copy.apply(text, random);
        return words(copied) < 0.75 * words(text) ? text : copied;
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }

    static String typos(String text, Random random, double rate) {
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 3 && random.nextDouble() < rate) {
                int at = 1 + random.nextInt(w.length() - 2);
                words[i] = w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
            }
        }
        return String.join(" ", words);
    }

    static String rewrap(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : text.split("\\s+")) {
            if (column + word.length() > 60) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
            }
            out.append(word);
            column += word.length() + 1;
        }
        return out.toString();
    }

    static String editSentences(String text, Random random, double rate) {
        List<String> sentences = new ArrayList<>(Arrays.asList(text.split("(?<=[.!?]) ")));
        for (int i = 0; i < sentences.size(); i++) {
            if (random.nextDouble() >= rate) {
                continue;
            }
            String[] words = sentences.get(i).split(" ");
            if (random.nextBoolean() && sentences.size() > 3) {
                sentences.set(i, "");
            } else {
                int at = random.nextInt(words.length);
                words[at] = random.nextBoolean() ? "reportedly" : "also " + words[at];
                sentences.set(i, String.join(" ", words));
            }
        }
        return String.join(" ", sentences.stream().filter(s -> !s.isEmpty()).toList());
    }

    static String dropParagraph(String text, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n\\s*\n")));
        if (paragraphs.size() < 3) {
            return cutEnd(text, 0.15);
        }
        paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
        return String.join("\n\n", paragraphs);
    }

    static String cutEnd(String text, double share) {
        String[] words = text.split(" ");
        int keep = (int) Math.ceil(words.length * (1 - share));
        return String.join(" ", Arrays.copyOf(words, keep));
    }
}
