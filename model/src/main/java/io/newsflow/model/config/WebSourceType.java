package io.newsflow.model.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a web source's URL points at. */
public enum WebSourceType {
    /** An RSS 0.9x/1.0/2.0, Atom 1.0 or JSON Feed document; each new item's link is fetched. */
    FEED,
    /** A sitemap, news sitemap or sitemap index; each new URL in it is fetched. */
    SITEMAP,
    /** A single page, fetched again at every interval and published when it changed. */
    PAGE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static WebSourceType of(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("source type must be feed, sitemap or page, was '" + id + "'");
        }
    }
}
