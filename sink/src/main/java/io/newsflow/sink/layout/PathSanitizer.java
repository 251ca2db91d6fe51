package io.newsflow.sink.layout;

import io.newsflow.model.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Turns any value (a category, a host, a folder name from the input) into one folder name that is safe on
 * Linux, macOS and Windows and cannot leave the folder it is resolved against. Hand-written: no library we use
 * escapes path segments for all three systems at once.
 *
 * <ul>
 *   <li>Unicode is normalised (NFC) and lower-cased, so values that differ only in case or normal form share one
 *       folder on every file system, case-insensitive ones included.</li>
 *   <li>Only {@code a-z 0-9 - _} and inner dots are kept; every other byte of the UTF-8 form ({@code /},
 *       {@code \}, NUL, control characters, {@code :}, {@code %}, {@code =}, {@code ~}, a leading or trailing
 *       dot or space...) becomes {@code %hh}, so {@code ..} cannot name a parent and the mapping stays one to
 *       one on lower-cased values.</li>
 *   <li>Windows device names ({@code con}, {@code nul}, {@code com1}, ... also with an extension) get their
 *       first letter escaped.</li>
 *   <li>A name longer than {@value #MAX_CHARS} characters is cut and ends in {@code ~} and 16 hex digits of the
 *       SHA-256 of the whole value; an empty value is {@code ~empty}. {@code ~} is always escaped in ordinary
 *       names, so these never collide with one.</li>
 * </ul>
 */
public final class PathSanitizer {
    /** Well under the 255-byte limit of common file systems, with room for a {@code key=} prefix. */
    public static final int MAX_CHARS = 120;
    private static final int HASH_HEX = 16;
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "com0",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "lpt0",
            "conin$", "conout$");

    /** The safe folder name for {@code value}. */
    public String segment(String value) {
        Checks.notNull(value, "value");
        String lower = Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return "~empty";
        }
        String escaped = escape(lower);
        if (isReserved(lower)) {
            escaped = escapeByte((byte) lower.charAt(0)) + escaped.substring(1);
        }
        return escaped.length() <= MAX_CHARS ? escaped : shortened(escaped, value);
    }

    private static String escape(String lower) {
        byte[] bytes = lower.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            boolean edge = i == 0 || i == bytes.length - 1;
            out.append(isKept(b, edge) ? String.valueOf((char) b) : escapeByte(b));
        }
        return out.toString();
    }

    private static boolean isKept(byte b, boolean edge) {
        return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || (b == '.' && !edge);
    }

    private static String escapeByte(byte b) {
        return "%" + HexFormat.of().toHexDigits(b);
    }

    /** {@code con}, {@code con.txt}, {@code com1.tar.gz}: Windows opens a device for these. */
    private static boolean isReserved(String lower) {
        int dot = lower.indexOf('.');
        String base = (dot < 0 ? lower : lower.substring(0, dot)).stripTrailing();
        return RESERVED.contains(base);
    }

    /** Cut at a whole escape, never inside {@code %hh}, then the hash of the original value. */
    private static String shortened(String escaped, String value) {
        int cut = MAX_CHARS - 1 - HASH_HEX;
        while (cut > 0 && (escaped.charAt(cut - 1) == '%' || (cut > 1 && escaped.charAt(cut - 2) == '%'))) {
            cut--;
        }
        return escaped.substring(0, cut) + "~" + sha256Hex(value).substring(0, HASH_HEX);
    }

    private static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
