package io.newsflow.processing.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The exact-duplicate key of a text: a hash of its words, so that layout (line wrapping, white space), letter
 * case, punctuation and quote style (curly or straight) do not make two copies of one text differ.
 */
public final class TextFingerprint {
    private static final HexFormat HEX = HexFormat.of();

    private TextFingerprint() {
    }

    /** 32 hex digits (128 bits) of SHA-256 over the normalised words. */
    public static String of(String text) {
        MessageDigest digest = sha256();
        digest.update(normalise(text).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest.digest(), 0, 16);
    }

    /** The words of the text, NFKC-normalised and lower-cased, joined by single spaces. */
    public static String normalise(String text) {
        String ascii = asciiWords(text);
        return ascii != null ? ascii : unicodeWords(text);
    }

    /**
     * {@link #normalise} of a text made of ASCII and the typographic quotes, apostrophes and dashes only (most
     * English news), or null for any other text. Such a text is NFKC already and lower-cases letter by letter,
     * so one pass over its chars gives the same words without the NFKC check, the lower-cased copy and a
     * code point at a time through a StringBuilder (this runs on every record, at two steps).
     */
    private static String asciiWords(String text) {
        byte[] words = new byte[text.length()];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiLetterOrDigit(c)) {
                if (pendingSpace && n > 0) {
                    words[n++] = ' ';
                }
                pendingSpace = false;
                words[n++] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            } else if (c >= 0x80 && !isTypographic(c)) {
                return null;
            } else if (!isApostrophe(c)) {
                pendingSpace = true;
            }
        }
        return new String(words, 0, n, StandardCharsets.ISO_8859_1);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** Curly quotes and apostrophes, en and em dashes: neither letters nor changed by NFKC. */
    private static boolean isTypographic(char c) {
        return c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D' || c == '\u2013' || c == '\u2014';
    }

    private static String unicodeWords(String text) {
        String folded = nfkc(text).toLowerCase(java.util.Locale.ROOT);
        StringBuilder words = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && words.length() > 0) {
                    words.append(' ');
                }
                pendingSpace = false;
                words.appendCodePoint(cp);
            } else if (!isApostrophe(cp)) {
                pendingSpace = true;
            }
        }
        return words.toString();
    }

    /** NFKC; most texts already are, and checking is much cheaper than normalising. */
    private static String nfkc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Apostrophes join a word ("don't", "don’t" and "dont" are one word), other punctuation splits. */
    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '`';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
