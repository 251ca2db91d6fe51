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
        String latin = latinWords(text);
        return latin != null ? latin : unicodeWords(text);
    }

    /**
     * {@link #normalise} of a text written in Latin-1 letters and common punctuation (most European news; see
     * {@link #isPlainSeparator}), or null for any other text. Such a text is NFKC already, or becomes so only by
     * separators turning into other separators, and lower-cases letter by letter; so one pass over its chars
     * gives the same words without the NFKC check, the lower-cased copy and a StringBuilder fed a code point at a
     * time. Hand-written because it runs on every record, twice; {@code TextFingerprintTest} checks it against
     * the general path for every char.
     */
    private static String latinWords(String text) {
        byte[] words = new byte[text.length()];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = latinLetterOrDigit(c);
            if (lower != 0) {
                if (pendingSpace && n > 0) {
                    words[n++] = ' ';
                }
                pendingSpace = false;
                words[n++] = (byte) lower;
            } else if (!isPlainApostrophe(c)) {
                if (!isPlainSeparator(c)) {
                    return null;
                }
                pendingSpace = true;
            }
        }
        return new String(words, 0, n, StandardCharsets.ISO_8859_1);
    }

    /** The lower case of an ASCII or Latin-1 letter or digit, or 0 for any other char. */
    private static char latinLetterOrDigit(char c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return c;
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if (c >= '\u00C0' && c <= '\u00FF' && c != '\u00D7' && c != '\u00F7') {
            return c <= '\u00DE' ? (char) (c + ('a' - 'A')) : c;
        }
        return 0;
    }

    /** The apostrophes of {@link #isApostrophe} that are not letters themselves. */
    private static boolean isPlainApostrophe(char c) {
        return c == '\'' || c == '`' || c == '\u2018' || c == '\u2019';
    }

    /**
     * ASCII punctuation, spaces and controls, and the punctuation news is full of: no-break space, soft hyphen,
     * copyright, guillemets, middle dot, curly quotes, dashes, bullet, ellipsis. None is a letter or digit and
     * NFKC makes none of them one (the no-break space becomes a space, the ellipsis three dots).
     */
    private static boolean isPlainSeparator(char c) {
        return c < 0x80 || switch (c) {
            case '\u00A0', '\u00A1', '\u00A3', '\u00A7', '\u00A9', '\u00AB', '\u00AD', '\u00AE', '\u00B0', '\u00B7',
                    '\u00BB', '\u00BF', '\u2013', '\u2014', '\u201C', '\u201D', '\u201E', '\u2022', '\u2026' -> true;
            default -> false;
        };
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
