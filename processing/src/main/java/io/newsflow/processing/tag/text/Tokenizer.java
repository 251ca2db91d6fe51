package io.newsflow.processing.tag.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-cased words. Punctuation that ends a clause (. , ; : ! ? quotes, brackets, dashes) becomes
 * {@link #BREAK}, so that phrases never span it. Possessive {@code 's} is dropped ("Trump's" → "trump"), curly
 * apostrophes are straightened, and a hyphenated word is split into its parts.
 * Hand-written: a regex-free single pass, because it runs on every article of the stream.
 */
public final class Tokenizer {
    /** Marks a clause boundary in the token list. */
    public static final String BREAK = "";

    private Tokenizer() {
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (isApostrophe(c) && word.length() > 0 && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1))) {
                word.append('\'');
            } else {
                flush(word, out);
                if (isBreak(c)) {
                    addBreak(out);
                }
            }
        }
        flush(word, out);
        return out;
    }

    /** True for tokens made of digits only (with an optional trailing letter such as "1990s" or "3rd"). */
    public static boolean isNumeric(String token) {
        int digits = 0;
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                digits++;
            }
        }
        return digits > 0 && digits >= token.length() - 2;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString().toLowerCase(Locale.ROOT);
        word.setLength(0);
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (!w.isEmpty()) {
            out.add(w);
        }
    }

    private static void addBreak(List<String> out) {
        if (!out.isEmpty() && !BREAK.equals(out.get(out.size() - 1))) {
            out.add(BREAK);
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isBreak(char c) {
        return !Character.isWhitespace(c) && c != '\'' && c != '\u2019' && c != '-' && c != '&';
    }
}
