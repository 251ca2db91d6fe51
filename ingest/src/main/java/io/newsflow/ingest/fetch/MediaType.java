package io.newsflow.ingest.fetch;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * A Content-Type header's type and charset parameter.
 *
 * @param type    lower case, without parameters; empty when absent
 * @param charset the charset label as written; null when absent
 */
record MediaType(String type, String charset) {

    static MediaType parse(String header) {
        if (header == null || header.isBlank()) {
            return new MediaType("", null);
        }
        String[] parts = header.split(";");
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                charset = p.substring("charset=".length()).replace("\"", "").replace("'", "").trim();
            }
        }
        return new MediaType(parts[0].trim().toLowerCase(Locale.ROOT), charset == null || charset.isEmpty()
                ? null : charset);
    }

    /** The declared charset; empty when none was declared; throws when one was declared that Java lacks. */
    Optional<Charset> charsetOrThrow() {
        return charset == null ? Optional.empty() : Optional.of(Charset.forName(charset));
    }
}
