package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an input record was found. */
public enum SourceKind {
    /** A file replayed from a folder or named on the command line. */
    FILE,
    /** An item of an RSS, Atom or JSON feed. */
    FEED,
    /** A web page fetched by URL. */
    PAGE,
    /**
     * A record found on a topic that no newsflow stage wrote (on the raw topic, or a value the sink cannot write);
     * its path is topic-partition@offset.
     */
    TOPIC;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
