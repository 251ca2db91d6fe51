package io.newsflow.model.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the sink compresses its files ({@code sink.compression}). */
public enum SinkCompression {
    /** Plain {@code .jsonl}. */
    NONE,
    /** {@code .jsonl.gz}, one gzip member per file. */
    GZIP;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SinkCompression of(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("sink.compression must be none or gzip, was '" + id + "'");
        }
    }
}
