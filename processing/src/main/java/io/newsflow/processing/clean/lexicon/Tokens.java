package io.newsflow.processing.clean.lexicon;

import java.util.ArrayList;
import java.util.List;

/** Splits text into word tokens (runs of letters, digits and in-word apostrophes). */
public final class Tokens {
    private Tokens() {
    }

    public static List<String> of(String text) {
        return scan(text, Integer.MAX_VALUE);
    }

    /** The first word token of {@code text}, or the empty string. */
    public static String first(String text) {
        List<String> first = scan(text, 1);
        return first.isEmpty() ? "" : first.get(0);
    }

    /** The first {@code limit} word tokens of {@code text}. */
    private static List<String> scan(String text, int limit) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length() && tokens.size() < limit; i++) {
            boolean inWord = i < text.length() && isWordChar(text, i, start >= 0);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    private static boolean isWordChar(String text, int i, boolean inWord) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean apostrophe = c == '\'' || c == '\u2019';
        return apostrophe && inWord && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }
}
