package io.newsflow.processing.dedup.near;

import java.util.Arrays;
import java.util.Locale;
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

    /** The sorted sketch of the text's salient tokens. */
    public static int[] sketch(String text) {
        return sketch(text, new int[1], false);
    }

    /**
     * The sorted sketch of the text's names, or of its numbers; {@code count[0]} receives how many distinct
     * there are.
     */
    static int[] sketch(String text, int[] count, boolean numbers) {
        TreeSet<Integer> least = new TreeSet<>();
        java.util.Set<String> distinct = new java.util.HashSet<>();
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
            String word = text.substring(i, end);
            if (isSalient(word, sentenceStart, numbers) && distinct.add(word.toLowerCase(Locale.ROOT))) {
                keep(least, (int) (Hashing.of(word.toLowerCase(Locale.ROOT)) >>> 32));
            }
            sentenceStart = false;
            i = end;
        }
        count[0] = distinct.size();
        return least.stream().mapToInt(Integer::intValue).toArray();
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

    private static boolean isSalient(String word, boolean sentenceStart, boolean numbers) {
        if (hasDigit(word)) {
            return numbers;
        }
        return !numbers && !sentenceStart && Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
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

    private static void keep(TreeSet<Integer> least, int hash) {
        least.add(hash);
        if (least.size() > SKETCH_SIZE) {
            least.pollLast();
        }
    }
}
