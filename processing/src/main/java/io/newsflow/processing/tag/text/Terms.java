package io.newsflow.processing.tag.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of a text: content words (no stop words, no numbers, at least two letters) and the bigrams of two
 * content words that stand next to each other within a clause ("interest rates", "white house").
 */
public final class Terms {
    private Terms() {
    }

    /** Every term occurrence, in order: unigrams and bigrams interleaved. */
    public static List<String> of(String text) {
        List<String> tokens = Tokenizer.words(text);
        List<String> terms = new ArrayList<>(tokens.size() * 2);
        String previous = null;
        for (String token : tokens) {
            if (isContent(token)) {
                terms.add(token);
                if (previous != null) {
                    terms.add(previous + ' ' + token);
                }
                previous = token;
            } else {
                previous = null;
            }
        }
        return terms;
    }

    /** How often each term occurs in the text. */
    public static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String term : of(text)) {
            counts.merge(term, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The counts of a headline and its text together, as {@link #counts} counts {@code title + ".\n" + text}
     * (the full stop is a clause break, so no phrase spans the two).
     */
    public static Map<String, Integer> merged(Map<String, Integer> title, Map<String, Integer> text) {
        Map<String, Integer> all = new HashMap<>(text);
        title.forEach((term, n) -> all.merge(term, n, Integer::sum));
        return all;
    }

    /** True for a term made of two words. */
    public static boolean isPhrase(String term) {
        return term.indexOf(' ') > 0;
    }

    static boolean isContent(String token) {
        return token.length() >= 2 && !StopWords.contains(token) && !Tokenizer.isNumeric(token);
    }
}
