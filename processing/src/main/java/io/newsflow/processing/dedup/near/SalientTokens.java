package io.newsflow.processing.dedup.near;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names or the numbers of a text, as a bottom-k sketch (the {@code k} least hashes of the distinct tokens).
 * A number is a token with a digit; a name is one that starts with a capital letter inside a sentence.
 * Two templated notices (earnings, results) share their template but not these, while a copy keeps them all:
 * the sketches estimate the Jaccard similarity of the two sets, exactly when both sets are smaller than k.
 */
public final class SalientTokens {
    public static final int SKETCH_SIZE = 24;

    private SalientTokens() {
    }

    /** The sorted sketch of the text's names. */
    public static int[] sketch(String text) {
        return of(text).names();
    }

    /**
     * The sketches of the text's names and of its numbers, in one pass over the text. Only the words that are
     * names or numbers are copied out of the text (most are neither).
     */
    static Sketches of(String text) {
        Tokens names = new Tokens();
        Tokens numbers = new Tokens();
        boolean sentenceStart = true;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                sentenceStart |= cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == '"' || cp == '\u201c';
                i += Character.charCount(cp);
                continue;
            }
            int end = wordEnd(text, i);
            if (hasDigit(text, i, end)) {
                numbers.add(text.substring(i, end));
            } else if (!sentenceStart && Character.isUpperCase(cp)) {
                names.add(text.substring(i, end));
            }
            sentenceStart = false;
            i = end;
        }
        return new Sketches(names.sketch(), names.count(), numbers.sketch(), numbers.count());
    }

    /**
     * The bottom-k sketches of a text's names and numbers, sorted, and how many distinct of each it has.
     *
     * @param names       sketch of the names
     * @param nameCount   distinct names
     * @param numbers     sketch of the numbers
     * @param numberCount distinct numbers
     */
    record Sketches(int[] names, int nameCount, int[] numbers, int numberCount) {
    }

    /**
     * Estimated share of the smaller set's tokens found in the larger: high when one text only adds names (a
     * site's template, a correction), low when both have their own (two notices from one template).
     */
    public static double overlap(int[] a, int countA, int[] b, int countB) {
        if (countA == 0 || countB == 0) {
            return 1.0;
        }
        double jaccard = similarity(a, b);
        return Math.min(1, jaccard * (countA + countB) / (1 + jaccard) / Math.min(countA, countB));
    }

    /** Estimated Jaccard similarity of the two token sets; 1 when both are empty. */
    public static double similarity(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        TreeSet<Integer> union = new TreeSet<>();
        Arrays.stream(a).forEach(union::add);
        Arrays.stream(b).forEach(union::add);
        int k = Math.min(SKETCH_SIZE, union.size());
        int both = 0;
        int seen = 0;
        for (int h : union) {
            if (seen++ == k) {
                break;
            }
            if (Arrays.binarySearch(a, h) >= 0 && Arrays.binarySearch(b, h) >= 0) {
                both++;
            }
        }
        return (double) both / k;
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) && cp != '\'' && cp != '\u2019') {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * The distinct tokens of one kind (case ignored) and the {@link #SKETCH_SIZE} least hashes among them, kept
     * in a sorted array: the same as a {@code TreeSet} that drops its largest past k, without boxing every hash.
     */
    private static final class Tokens {
        private final Set<String> distinct = new HashSet<>();
        private final int[] least = new int[SKETCH_SIZE];
        private int size;

        void add(String word) {
            String folded = word.toLowerCase(Locale.ROOT);
            if (distinct.add(folded)) {
                keep((int) (Hashing.of(folded) >>> 32));
            }
        }

        private void keep(int hash) {
            int at = Arrays.binarySearch(least, 0, size, hash);
            if (at >= 0 || -at - 1 == SKETCH_SIZE) {
                return;
            }
            int insert = -at - 1;
            int moved = Math.min(size, SKETCH_SIZE - 1) - insert;
            System.arraycopy(least, insert, least, insert + 1, moved);
            least[insert] = hash;
            size = Math.min(size + 1, SKETCH_SIZE);
        }

        int[] sketch() {
            return Arrays.copyOf(least, size);
        }

        int count() {
            return distinct.size();
        }
    }
}
