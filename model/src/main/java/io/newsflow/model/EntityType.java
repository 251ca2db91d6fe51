package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of named entity the tagger reports. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    OTHER;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
