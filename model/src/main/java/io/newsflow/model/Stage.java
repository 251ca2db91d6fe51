package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The pipeline stage that made a decision about a record. */
public enum Stage {
    INGEST,
    PROCESSING,
    SINK;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
