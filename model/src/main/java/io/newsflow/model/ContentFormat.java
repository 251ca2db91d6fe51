package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a raw record's content is to be read. */
public enum ContentFormat {
    /** The plain text of a whole page, one block per line (like {@code seeds/}). */
    TEXT,
    /** An HTML document. */
    HTML;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
