package io.newsflow.processing.clean.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extraction dev set's metric: token 4-gram precision and recall of one page's predicted body against its true
 * body. Tokens are Unicode word runs, as Python's {@code \w+} reads them (letters, numbers and "_"; no combining
 * marks, unlike Java's {@code UNICODE_CHARACTER_CLASS}); a text of one to three tokens is one shorter shingle;
 * true and false positives are multiset overlaps. Hand-written because the set's scorer ({@code score.py}) is the
 * definition and has no Java counterpart; {@code QualityReport} reproduces its figures to the last digit.
 */
public final class ShingleMetric {
    private static final int N = 4;
    /** Joins a shingle's tokens; no word character, so no two shingles can join to the same key. */
    private static final char JOIN = ' ';

    private ShingleMetric() {
    }

    /** Compares one page's predicted body with its true body. */
    public static PageScore score(String truth, String prediction) {
        Map<String, Integer> expected = shingles(truth);
        Map<String, Integer> predicted = shingles(prediction);
        int tp = 0;
        for (Map.Entry<String, Integer> e : predicted.entrySet()) {
            tp += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
        }
        return new PageScore(tp, total(predicted) - tp, total(expected) - tp);
    }

    /** The text's shingles with their counts. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < N) {
            counts.put(String.join(String.valueOf(JOIN), tokens), 1);
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            counts.merge(String.join(String.valueOf(JOIN), tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return counts;
    }

    /** The text's word runs, in order. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** Python's {@code str.isalnum()} or "_": a letter (L*) or a number (Nd, Nl, No). */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static int total(Map<String, Integer> counts) {
        int sum = 0;
        for (int c : counts.values()) {
            sum += c;
        }
        return sum;
    }
}
