package io.newsflow.processing.clean.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a lower-case string contains any of a fixed set of words, for class and id names. Words are indexed by
 * their first two characters, so each position of the name is compared only with the words that can start there
 * (usually none): many times faster than one regular expression of many alternatives, which tries each of them at
 * every position.
 * Several sets can be joined ({@link #union}) so that one scan of a name tells which of them it matches.
 * Hand-written: the JDK has no multi-substring search, and a name is a few dozen characters.
 */
final class Substrings {
    private static final int ASCII = 128;
    /** Words of one character would need a bucket of their own; there are none, and none are allowed. */
    private static final int MIN_WORD_CHARS = 2;
    private final String[][] byFirstChar = new String[ASCII][];
    private final String[][] byFirstTwo = new String[ASCII * ASCII][];
    private final int[][] tagsByFirstTwo = new int[ASCII * ASCII][];
    /**
     * The third character of each word of {@link #byFirstTwo}, or {@link #NO_THIRD} for a word of two: {@link #tagsIn}
     * compares it before the whole word, and most of the words that start like a name's two characters (a dozen
     * start with "co") differ from it there.
     */
    private final char[][] thirdsByFirstTwo = new char[ASCII * ASCII][];
    private static final char NO_THIRD = '\uFFFF';
    /**
     * Bit {@code pair} set when a word starts with that pair: a few hundred bytes a scan can test at each position
     * before it reads the much larger bucket table.
     */
    private final long[] startsAnyWord = new long[ASCII * ASCII / Long.SIZE];
    private final int allTags;

    private Substrings(List<String> words, List<Integer> tags) {
        List<List<Integer>> buckets = new ArrayList<>();
        List<List<Integer>> pairBuckets = new ArrayList<>();
        for (int i = 0; i < ASCII * ASCII; i++) {
            pairBuckets.add(null);
        }
        for (int i = 0; i < ASCII; i++) {
            buckets.add(new ArrayList<>());
        }
        int all = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() < MIN_WORD_CHARS || w.charAt(0) >= ASCII || w.charAt(1) >= ASCII) {
                throw new IllegalArgumentException("words must start with two ASCII characters: " + w);
            }
            buckets.get(w.charAt(0)).add(i);
            int pair = pair(w.charAt(0), w.charAt(1));
            if (pairBuckets.get(pair) == null) {
                pairBuckets.set(pair, new ArrayList<>());
            }
            pairBuckets.get(pair).add(i);
            all |= tags.get(i);
        }
        for (int c = 0; c < ASCII; c++) {
            List<Integer> bucket = buckets.get(c);
            if (!bucket.isEmpty()) {
                byFirstChar[c] = bucket.stream().map(words::get).toArray(String[]::new);
            }
        }
        for (int p = 0; p < ASCII * ASCII; p++) {
            List<Integer> bucket = pairBuckets.get(p);
            if (bucket != null && !bucket.isEmpty()) {
                byFirstTwo[p] = bucket.stream().map(words::get).toArray(String[]::new);
                tagsByFirstTwo[p] = bucket.stream().mapToInt(tags::get).toArray();
                thirdsByFirstTwo[p] = thirds(bucket.stream().map(words::get).toList());
                startsAnyWord[p >>> 6] |= 1L << p;
            }
        }
        this.allTags = all;
    }

    /** A matcher for words separated by {@code |}, like a regular-expression alternation of literals. */
    static Substrings of(String alternatives) {
        List<String> words = List.of(alternatives.split("\\|"));
        return new Substrings(words, words.stream().map(w -> 1).toList());
    }

    /** One matcher for several sets: {@link #tagsIn} has bit {@code i} set when a word of {@code sets[i]} is found. */
    static Substrings union(Substrings... sets) {
        List<String> words = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        for (int i = 0; i < sets.length; i++) {
            for (String[] bucket : sets[i].byFirstChar) {
                for (String w : bucket == null ? new String[0] : bucket) {
                    words.add(w);
                    tags.add(1 << i);
                }
            }
        }
        return new Substrings(words, tags);
    }

    private static char[] thirds(List<String> words) {
        char[] thirds = new char[words.size()];
        for (int k = 0; k < thirds.length; k++) {
            thirds[k] = words.get(k).length() > 2 ? words.get(k).charAt(2) : NO_THIRD;
        }
        return thirds;
    }

    private static int pair(char first, char second) {
        return first * ASCII + second;
    }

    /** Whether some word starts with {@code c} then {@code d}. */
    private boolean mayStartAt(char c, char d) {
        if (c >= ASCII || d >= ASCII) {
            return false;
        }
        int p = pair(c, d);
        return (startsAnyWord[p >>> 6] & (1L << p)) != 0;
    }

    /** Whether {@code s} contains one of the words. */
    boolean foundIn(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            char d = s.charAt(i + 1);
            if (mayStartAt(c, d) && startsAt(s, i, byFirstTwo[pair(c, d)])) {
                return true;
            }
        }
        return false;
    }

    /** The tags of the words {@code s} contains, or-ed together. */
    int tagsIn(String s) {
        int found = 0;
        for (int i = 0; i + 1 < s.length() && found != allTags; i++) {
            char c = s.charAt(i);
            char d = s.charAt(i + 1);
            if (!mayStartAt(c, d)) {
                continue;
            }
            String[] candidates = byFirstTwo[pair(c, d)];
            int[] tags = tagsByFirstTwo[pair(c, d)];
            char[] thirds = thirdsByFirstTwo[pair(c, d)];
            char third = i + 2 < s.length() ? s.charAt(i + 2) : NO_THIRD;
            for (int k = 0; k < candidates.length; k++) {
                if ((found & tags[k]) == 0 && (thirds[k] == third || thirds[k] == NO_THIRD)
                        && s.startsWith(candidates[k], i)) {
                    found |= tags[k];
                }
            }
        }
        return found;
    }

    private static boolean startsAt(String s, int i, String[] candidates) {
        for (String w : candidates) {
            if (s.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }
}
