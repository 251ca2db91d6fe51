package io.newsflow.processing.clean.text;

import io.newsflow.processing.clean.lexicon.StopWords;
import io.newsflow.processing.clean.lexicon.Tokens;
import java.util.List;

/**
 * One non-blank line of a plain-text page with the features the line rules read.
 *
 * @param number    1-based line number in the page
 * @param text      the normalised line
 * @param tokens    its words
 * @param stopRatio share of words that are function words
 * @param capRatio  share of words (with letters) that start with a capital
 */
record Line(int number, String text, List<String> tokens, double stopRatio, double capRatio) {
    private static final String CLOSERS = "\"'\u201D\u2019)]\u00BB*";
    private static final String SENTENCE_ENDS = ".!?\u2026";

    static Line of(int number, String text) {
        List<String> tokens = Tokens.of(text);
        return new Line(number, text, tokens, stopRatio(tokens), capRatio(tokens));
    }

    int words() {
        return tokens.size();
    }

    /** Ends like a sentence: {@code .}, {@code !}, {@code ?} or an ellipsis, before any closing quote. */
    boolean endsSentence() {
        char last = lastSignificant();
        return SENTENCE_ENDS.indexOf(last) >= 0;
    }

    boolean endsWithColon() {
        return lastSignificant() == ':';
    }

    boolean startsLowerCase() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    boolean startsUpperOrDigit() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return !Character.isLowerCase(c);
            }
        }
        return false;
    }

    private char lastSignificant() {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (CLOSERS.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                return c;
            }
        }
        return ' ';
    }

    /* The two ratios are counted in plain loops: every line of every page is measured, and three streams a line
     * showed in the profile. */

    private static double stopRatio(List<String> tokens) {
        if (tokens.isEmpty()) {
            return 0;
        }
        int stop = 0;
        for (String t : tokens) {
            stop += StopWords.contains(t) ? 1 : 0;
        }
        return stop / (double) tokens.size();
    }

    private static double capRatio(List<String> tokens) {
        int withLetters = 0;
        int capitalised = 0;
        for (String t : tokens) {
            withLetters += Character.isLetter(t.charAt(0)) ? 1 : 0;
            capitalised += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
        }
        return withLetters == 0 ? 0 : capitalised / (double) withLetters;
    }
}
