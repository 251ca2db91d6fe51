package io.newsflow.processing.tag.entity;

/**
 * Finds the words of {@link CandidateScanner#WORD} in a text, as {@code Matcher.find} does, by hand: the scanner
 * reads every line of every article, and the regular expression was a third of its time. Character classes as
 * the expression's: {@code \p{L}} letters, {@code \p{M}} marks, {@code \p{N}} numbers, {@code \p{Lu}} capitals,
 * by code point.
 */
final class Words {
    private static final int LETTERS_AND_MARKS = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK | 1 << Character.COMBINING_SPACING_MARK;
    private static final int NUMBERS = 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER
            | 1 << Character.OTHER_NUMBER;

    private Words() {
    }

    /** Where the next word starts at or after {@code from}, or -1 when there is none. */
    static int start(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (is(cp, LETTERS_AND_MARKS | NUMBERS)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** Where the word that starts at {@code start} ends: initials, else a word of letters, else a number. */
    static int end(String text, int start) {
        int initials = initialsEnd(text, start);
        if (initials >= 0) {
            return initials;
        }
        int cp = text.codePointAt(start);
        boolean word = is(cp, LETTERS_AND_MARKS);
        int i = start + Character.charCount(cp);
        while (i < text.length()) {
            cp = text.codePointAt(i);
            if (word ? !(is(cp, LETTERS_AND_MARKS | NUMBERS) || cp == '\'' || cp == '’' || cp == '-')
                    : !(is(cp, NUMBERS) || cp == '.' || cp == ',')) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The end of two or more capitals each followed by a dot ("U.S.", "U.K."), or -1. */
    private static int initialsEnd(String text, int start) {
        int i = start;
        int pairs = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int dot = i + Character.charCount(cp);
            if (Character.getType(cp) != Character.UPPERCASE_LETTER || dot >= text.length() || text.charAt(dot) != '.') {
                break;
            }
            i = dot + 1;
            pairs++;
        }
        return pairs >= 2 ? i : -1;
    }

    private static boolean is(int cp, int categories) {
        return (1 << Character.getType(cp) & categories) != 0;
    }
}
