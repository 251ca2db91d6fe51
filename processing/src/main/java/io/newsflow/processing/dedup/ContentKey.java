package io.newsflow.processing.dedup;

import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key of the first, exact-content dedup step. A text record is keyed by its {@link TextFingerprint}, so a
 * file replayed re-wrapped or with other quotes is caught before it is cleaned. An HTML page is keyed by a hash of
 * its exact content: a page fetched twice is the same bytes, and normalising the words of 20–200 KB of markup
 * cost more than cleaning it; a page that differs in its markup only is caught one step later, by the text
 * fingerprint of what cleaning kept.
 */
public final class ContentKey {
    private static final HexFormat HEX = HexFormat.of();
    private static final String HTML_PREFIX = "html:";

    private ContentKey() {
    }

    public static String of(RawArticle raw) {
        return raw.format() == ContentFormat.HTML ? HTML_PREFIX + exact(raw.content())
                : TextFingerprint.of(raw.content());
    }

    /** 32 hex digits (128 bits) of SHA-256 over the content as UTF-8. */
    static String exact(String content) {
        MessageDigest digest = sha256();
        digest.update(content.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest.digest(), 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
