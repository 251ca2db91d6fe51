package io.newsflow.processing.clean.normalize;

import java.text.Normalizer;

/**
 * Normalises extracted text: Unicode NFC, no zero-width or control characters, every kind of space as a plain
 * space, runs of spaces collapsed, lines trimmed. Line breaks are kept. HTML entities are decoded by Jsoup before
 * text reaches here (and by {@link #decodeEntities} for plain text).
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Normalises a text that may span several lines; line breaks survive, spaces around them do not. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isNormal(text)) {
            return text;
        }
        String nfc = belowCombiningMarks(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\n') {
                trimTrailingSpace(out);
                out.append('\n');
                pendingSpace = false;
            } else if (c > ' ' && c < 0x7f) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            } else if (isSpace(c)) {
                pendingSpace = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
            } else if (!isInvisible(c)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        trimTrailingSpace(out);
        return out.toString();
    }

    /**
     * Whether {@code text} is already what {@link #normalize} makes of it: no white space but single spaces between
     * words and line breaks without spaces around them, no zero-width or control characters, nothing to trim, and in
     * NFC. Most rendered article text is, and is then returned as it is instead of copied. Printable ASCII, Latin
     * letters and typographic punctuation (quotes, dashes, ellipsis) are decided without a look-up; any other
     * character (an emoji, a symbol, another script) is checked as {@link #normalize} treats it, and a text with one
     * from U+0300 on is checked for NFC once at the end, as {@link #normalize} would check it.
     */
    private static boolean isNormal(String text) {
        char prev = '\n';
        boolean beyondLatin = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (prev == ' ' || prev == '\n') {
                    return false;
                }
            } else if (c == '\n') {
                if (prev == ' ') {
                    return false;
                }
            } else if (!isPlain(c)) {
                if (isSpace(c) || isInvisible(c)) {
                    return false;
                }
                beyondLatin |= c >= '\u0300';
            }
            prev = c;
        }
        return prev != ' ' && (!beyondLatin || Normalizer.isNormalized(text, Normalizer.Form.NFC));
    }

    /** Printable ASCII, Latin letters and typographic punctuation: kept as they are, and in NFC. */
    private static boolean isPlain(char c) {
        return c > ' ' && c < 0x7f || c >= 0xA1 && c < 0x300 && c != 0xAD || c >= 0x2010 && c <= 0x2027
                || c >= 0x2030 && c <= 0x205E;
    }

    /** A text without characters from U+0300 on is in NFC already (Latin-1 and Latin Extended letters only). */
    private static boolean belowCombiningMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return false;
            }
        }
        return true;
    }

    /** Normalises one line: like {@link #normalize} with line breaks turned into spaces. */
    public static String normalizeLine(String text) {
        return normalize(text == null ? null : text.replace('\n', ' ').replace('\r', ' '));
    }

    /** Decodes HTML entities ({@code &amp;}, {@code &#8217;}) that plain text sometimes carries. */
    public static String decodeEntities(String text) {
        if (text == null || text.indexOf('&') < 0 || text.indexOf(';') < 0) {
            return text;
        }
        return org.jsoup.parser.Parser.unescapeEntities(text, false);
    }

    /** Typographic quotes and apostrophes as ASCII ones: {@code ‘’‚‛′} to {@code '}, {@code “”„‟″«»} to {@code "}. */
    public static String foldQuotes(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char folded = foldQuote(text.charAt(i));
            if (folded != text.charAt(i) && out == null) {
                out = new StringBuilder(text);
            }
            if (out != null) {
                out.setCharAt(i, folded);
            }
        }
        return out == null ? text : out.toString();
    }

    private static char foldQuote(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            default -> c;
        };
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00AD' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || isControl(c);
    }

    /**
     * {@code Character.getType(c) == Character.CONTROL}, by range: Unicode's control characters (category Cc) are
     * exactly U+0000..U+001F and U+007F..U+009F, a set its stability policy fixes, and every non-ASCII character of a
     * text is asked this, where the table look-up showed in profiles.
     */
    private static boolean isControl(char c) {
        return c < ' ' || c >= '\u007F' && c <= '\u009F';
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
