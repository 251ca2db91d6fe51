package io.newsflow.ingest.fetch;

import java.util.List;
import java.util.Locale;

/** What a request expects, which decides the Accept header and the media types taken. */
public enum ContentKind {
    /** An HTML page. */
    PAGE("text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", List.of("text/html", "application/xhtml+xml")),
    /** A feed: XML or JSON. */
    FEED("application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,"
            + "application/json;q=0.8,*/*;q=0.1", List.of("xml", "json", "text/")),
    /** A sitemap: XML, plain text, or gzipped XML. */
    SITEMAP("application/xml,text/xml;q=0.9,text/plain;q=0.5,*/*;q=0.1",
            List.of("xml", "text/", "gzip")),
    /** robots.txt. */
    ROBOTS("text/plain,*/*;q=0.1", List.of("text/")),
    ;

    private final String accept;
    private final List<String> takes;

    ContentKind(String accept, List<String> takes) {
        this.accept = accept;
        this.takes = takes;
    }

    public String accept() {
        return accept;
    }

    /** Whether a response of media type {@code type} (lower case, no parameters) is taken; none given is taken. */
    public boolean takes(String type) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return t.isEmpty() || takes.stream().anyMatch(t::contains);
    }
}
