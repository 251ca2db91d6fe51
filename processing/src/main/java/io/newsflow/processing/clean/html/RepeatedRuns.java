package io.newsflow.processing.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops the second copy of a run of paragraphs that repeats an earlier run word for word. Responsive pages render
 * a section twice, once for narrow screens and once for wide ones, and hide one copy with a style sheet the cleaner
 * does not read; both copies then hold the same prose in the same order. A run counts when it is at least
 * {@link #MIN_PARAGRAPHS} paragraphs and {@link #MIN_WORDS} words long: a repeated label, caption or table row is
 * left alone, as an article may repeat those itself. The idea is trafilatura's duplicate filter, on whole runs.
 * Hand-written; linear in the number of paragraphs (each is compared with at most {@link #MAX_CANDIDATES} earlier
 * copies of itself).
 */
final class RepeatedRuns {
    static final int MIN_PARAGRAPHS = 2;
    static final int MIN_WORDS = 40;
    /** How many earlier paragraphs with the same words a paragraph is compared from, the latest first. */
    static final int MAX_CANDIDATES = 8;
    private static final String BREAK = "\n\n";

    private final String[] paragraphs;
    private final String[] keys;
    private final int[] words;
    private final boolean[] dropped;

    private RepeatedRuns(String[] paragraphs) {
        this.paragraphs = paragraphs;
        this.keys = new String[paragraphs.length];
        this.words = new int[paragraphs.length];
        this.dropped = new boolean[paragraphs.length];
    }

    /** {@code text} (paragraphs separated by a blank line) without the later copies of repeated runs. */
    static String drop(String text) {
        String[] paragraphs = text.split(BREAK);
        if (paragraphs.length < 2 * MIN_PARAGRAPHS) {
            return text;
        }
        RepeatedRuns runs = new RepeatedRuns(paragraphs);
        Map<String, List<Integer>> positions = runs.index();
        return positions == null ? text : runs.dropRepeats(positions);
    }

    /** Where each paragraph's words occur, or null when no paragraph repeats another. */
    private Map<String, List<Integer>> index() {
        Map<String, List<Integer>> positions = new HashMap<>();
        boolean repeats = false;
        for (int i = 0; i < paragraphs.length; i++) {
            StringBuilder key = new StringBuilder();
            words[i] = wordsOf(paragraphs[i], key);
            keys[i] = key.toString();
            List<Integer> at = positions.computeIfAbsent(keys[i], k -> new ArrayList<>(1));
            repeats |= !at.isEmpty() && words[i] > 0;
            at.add(i);
        }
        return repeats ? positions : null;
    }

    private String dropRepeats(Map<String, List<Integer>> positions) {
        int i = 0;
        while (i < paragraphs.length) {
            int run = words[i] == 0 ? 0 : longestEarlierRun(i, positions.get(keys[i]));
            if (run >= MIN_PARAGRAPHS && wordsIn(i, run) >= MIN_WORDS) {
                for (int k = i; k < i + run; k++) {
                    dropped[k] = true;
                }
                i += run;
            } else {
                i++;
            }
        }
        return kept();
    }

    /** The longest run from {@code i} that equals a kept run ending before {@code i}. */
    private int longestEarlierRun(int i, List<Integer> same) {
        int best = 0;
        int looked = 0;
        for (int s = Collections.binarySearch(same, i) - 1; s >= 0 && looked < MAX_CANDIDATES; s--, looked++) {
            int j = same.get(s);
            int length = 0;
            while (i + length < paragraphs.length && j + length < i && !dropped[j + length]
                    && keys[j + length].equals(keys[i + length])) {
                length++;
            }
            best = Math.max(best, length);
        }
        return best;
    }

    private int wordsIn(int from, int count) {
        int sum = 0;
        for (int k = from; k < from + count; k++) {
            sum += words[k];
        }
        return sum;
    }

    private String kept() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            if (!dropped[i]) {
                if (out.length() > 0) {
                    out.append(BREAK);
                }
                out.append(paragraphs[i]);
            }
        }
        return out.toString();
    }

    /** Appends the words of {@code paragraph} (letters and digits) to {@code key}, one space apart; returns their count. */
    private static int wordsOf(String paragraph, StringBuilder key) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                if (!inWord && count++ > 0) {
                    key.append(' ');
                }
                key.append(c);
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return count;
    }
}
