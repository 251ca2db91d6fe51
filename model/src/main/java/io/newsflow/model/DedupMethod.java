package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a duplicate was recognised. */
public enum DedupMethod {
    /** The normalised text is identical to an earlier article's. */
    EXACT_TEXT,
    /** The canonical URL and the text are the same as an earlier article's. */
    CANONICAL_URL,
    /** The text is nearly the same as an earlier article's (MinHash/LSH, confirmed on similarity). */
    NEAR_TEXT;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
