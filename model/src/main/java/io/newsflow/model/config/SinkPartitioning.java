package io.newsflow.model.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the sink groups each topic's files into sub-folders ({@code sink.partition-by}). */
public enum SinkPartitioning {
    /** One flat folder per topic. */
    NONE,
    /** {@code date=YYYY-MM-DD} by the record's Kafka timestamp, in UTC. */
    DATE,
    /** {@code category=...} by the article's category. */
    CATEGORY,
    /** {@code source=...} by the host of the article's URL, else the folder of its file. */
    SOURCE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SinkPartitioning of(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("sink.partition-by must be none, date, category or source, was '" + id + "'");
        }
    }
}
