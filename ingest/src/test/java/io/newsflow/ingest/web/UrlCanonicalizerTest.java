package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
    @Test
    void shouldDropTrackingParametersFragmentsAndDefaultPorts() {
        assertThat(UrlCanonicalizer.canonical("HTTPS://News.Example:443/a/b.html?utm_source=rss&id=7&fbclid=x#top"))
                .isEqualTo("https://news.example/a/b.html?id=7");
        assertThat(UrlCanonicalizer.canonical("http://news.example")).isEqualTo("http://news.example/");
        assertThat(UrlCanonicalizer.canonical("http://news.example:8080/x?utm_campaign=a&gclid=b"))
                .isEqualTo("http://news.example:8080/x");
    }

    @Test
    void shouldKeepTheOrderOfOtherParameters() {
        assertThat(UrlCanonicalizer.canonical("http://e.example/s?b=2&a=1&utm_term=z"))
                .isEqualTo("http://e.example/s?b=2&a=1");
    }

    @Test
    void shouldFindTheCanonicalLinkOfAPage() {
        assertThat(PageRecords.canonicalLink("<html><head><link rel=\"canonical\" href=\"/story\"></head></html>",
                "http://e.example/a?utm_source=x")).isEqualTo("http://e.example/story");
        assertThat(PageRecords.canonicalLink("<p>none</p>", "http://e.example/")).isNull();
    }
}
