package io.newsflow.processing.clean.html;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Drops the second copy of a run of paragraphs that repeats an earlier run word for word. Responsive pages render
 * a section twice, once for narrow screens and once for wide ones, and hide one copy with a style sheet the cleaner
 * does not read; both copies then hold the same prose in the same order. A run counts when it is at least
 * {@link #MIN_PARAGRAPHS} paragraphs and {@link #MIN_WORDS} words long: a repeated label, caption or table row is
 * left alone, as an article may repeat those itself. The idea is trafilatura's duplicate filter, on whole runs.
 * Hand-written. The start of each paragraph's words is hashed, and a text in which no two paragraphs share a hash
 * (most) is returned as it is; otherwise each paragraph is compared with at most {@link #MAX_CANDIDATES} earlier
 * paragraphs of the same hash.
 */
final class RepeatedRuns {
    static final int MIN_PARAGRAPHS = 2;
    static final int MIN_WORDS = 40;
    /** How many earlier paragraphs with the same hash a paragraph is compared with, the latest first. */
    static final int MAX_CANDIDATES = 8;
    private static final String BREAK = "\n\n";
    private static final long PRIME = 1_000_003L;
    /** How many of a paragraph's word characters its hash reads. */
    private static final int SIGNATURE_CHARS = 48;

    private final String text;
    private final int count;
    private final int[] starts;
    private final int[] ends;
    private final long[] hashes;
    private final boolean[] dropped;
    private boolean anyDropped;
    /** The latest earlier paragraph with the same hash, or -1. */
    private final int[] earlier;

    private RepeatedRuns(String text, int count) {
        this.text = text;
        this.count = count;
        this.starts = new int[count];
        this.ends = new int[count];
        this.hashes = new long[count];
        this.dropped = new boolean[count];
        this.earlier = new int[count];
    }

    /** {@code text} (paragraphs separated by a blank line) without the later copies of repeated runs. */
    static String drop(String text) {
        int count = paragraphCount(text);
        if (count < 2 * MIN_PARAGRAPHS) {
            return text;
        }
        RepeatedRuns runs = new RepeatedRuns(text, count);
        runs.measure();
        return runs.anyRepeat() ? runs.dropRepeats() : text;
    }

    private static int paragraphCount(String text) {
        int count = 1;
        for (int i = text.indexOf(BREAK); i >= 0; i = text.indexOf(BREAK, i + BREAK.length())) {
            count++;
        }
        return count;
    }

    /** Finds each paragraph's bounds and hashes the start of its words. */
    private void measure() {
        int from = 0;
        for (int k = 0; k < count; k++) {
            int end = k == count - 1 ? text.length() : text.indexOf(BREAK, from);
            starts[k] = from;
            ends[k] = end;
            hashWords(k);
            from = end + BREAK.length();
        }
    }

    /**
     * The hash of the first {@link #SIGNATURE_CHARS} word characters of paragraph {@code k} (letters, digits,
     * underscores; each word opened by a space), 0 when it has none. Paragraphs of the same words have the same hash;
     * those with the same hash are compared word for word ({@link #sameWords}).
     */
    private void hashWords(int k) {
        long h = 0;
        int n = 0;
        boolean inWord = false;
        for (int i = starts[k]; i < ends[k] && n < SIGNATURE_CHARS; i++) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                if (!inWord) {
                    h = h * PRIME + ' ';
                }
                h = h * PRIME + c;
                n++;
                inWord = true;
            } else {
                inWord = false;
            }
        }
        hashes[k] = n == 0 ? 0 : h | 1;
    }

    /** How many words paragraph {@code k} holds. */
    private int wordCount(int k) {
        int n = 0;
        boolean inWord = false;
        for (int i = starts[k]; i < ends[k]; i++) {
            boolean word = isWordChar(text.charAt(i));
            n += word && !inWord ? 1 : 0;
            inWord = word;
        }
        return n;
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    /** Whether two paragraphs with words have the same hash. */
    private boolean anyRepeat() {
        long[] sorted = new long[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            if (hashes[k] != 0) {
                sorted[n++] = hashes[k];
            }
        }
        Arrays.sort(sorted, 0, n);
        for (int k = 1; k < n; k++) {
            if (sorted[k] == sorted[k - 1]) {
                return true;
            }
        }
        return false;
    }

    private String dropRepeats() {
        linkEarlierCopies();
        int i = 0;
        while (i < count) {
            int run = earlier[i] < 0 ? 0 : longestEarlierRun(i);
            if (run >= MIN_PARAGRAPHS && wordsIn(i, run) >= MIN_WORDS) {
                Arrays.fill(dropped, i, i + run, true);
                anyDropped = true;
                i += run;
            } else {
                i++;
            }
        }
        return anyDropped ? kept() : text;
    }

    /** Links each paragraph to the latest earlier one with the same hash ({@link #earlier}). */
    private void linkEarlierCopies() {
        Map<Long, Integer> latest = new HashMap<>();
        for (int k = 0; k < count; k++) {
            Integer before = hashes[k] == 0 ? null : latest.put(hashes[k], k);
            earlier[k] = before == null ? -1 : before;
        }
    }

    /** The longest run from {@code i} that equals a kept run ending before {@code i}. */
    private int longestEarlierRun(int i) {
        int best = 0;
        int looked = 0;
        for (int j = earlier[i]; j >= 0 && looked < MAX_CANDIDATES; j = earlier[j], looked++) {
            if (!sameWords(i, j)) {
                continue;
            }
            int length = 0;
            while (i + length < count && j + length < i && !dropped[j + length]
                    && hashes[j + length] == hashes[i + length] && sameWords(i + length, j + length)) {
                length++;
            }
            best = Math.max(best, length);
        }
        return best;
    }

    /** Whether paragraphs {@code a} and {@code b} hold the same words in the same order. */
    private boolean sameWords(int a, int b) {
        return hashes[a] == hashes[b] && wordsKey(a).equals(wordsKey(b));
    }

    private String wordsKey(int k) {
        StringBuilder key = new StringBuilder(ends[k] - starts[k]);
        boolean inWord = false;
        for (int i = starts[k]; i < ends[k]; i++) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                if (!inWord && key.length() > 0) {
                    key.append(' ');
                }
                key.append(c);
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return key.toString();
    }

    private int wordsIn(int from, int n) {
        int sum = 0;
        for (int k = from; k < from + n; k++) {
            sum += wordCount(k);
        }
        return sum;
    }

    private String kept() {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < count; k++) {
            if (!dropped[k]) {
                if (out.length() > 0) {
                    out.append(BREAK);
                }
                out.append(text, starts[k], ends[k]);
            }
        }
        return out.toString();
    }
}
