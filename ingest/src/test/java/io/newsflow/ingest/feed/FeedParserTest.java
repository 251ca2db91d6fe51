package io.newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
    private static final URI BASE = URI.create("http://news.example/feed.xml");

    @TempDir
    Path dir;

    @Test
    void shouldReadRss2ItemsWithResolvedLinksDatesAuthorsAndTtl() throws Exception {
        Feed feed = FeedParser.parse(fixture("rss2.xml"), BASE);

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS_2_0);
        assertThat(feed.skipped()).isEqualTo(1);
        assertThat(feed.updateEvery()).contains(Duration.ofMinutes(30));
        FeedItem bridge = feed.items().get(0);
        assertThat(bridge.link()).isEqualTo("http://news.example/articles/bridge.html?utm_source=rss&utm_medium=feed");
        assertThat(bridge.id()).isEqualTo("bridge-1");
        assertThat(bridge.publishedAt()).isEqualTo("2025-06-03T09:30Z");
        assertThat(bridge.authors()).containsExactly("Jane Doe");
        assertThat(bridge.categories()).containsExactly("Politics", "Transport");
        FeedItem festival = feed.items().get(1);
        assertThat(festival.authors()).containsExactly("Culture Desk");
        assertThat(festival.publishedAt()).isEqualTo("2025-06-02T18:05Z");
    }

    @Test
    void shouldReadAtomEntriesAndTheSyndicationPeriod() throws Exception {
        Feed feed = FeedParser.parse(fixture("atom.xml"), BASE);

        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM_1_0);
        assertThat(feed.updateEvery()).contains(Duration.ofMinutes(30));
        assertThat(feed.items()).singleElement().satisfies(e -> {
            assertThat(e.link()).isEqualTo("http://news.example/science/comet.html");
            assertThat(e.id()).isEqualTo("urn:uuid:comet");
            assertThat(e.publishedAt()).isEqualTo("2025-06-03T08:00+02:00");
            assertThat(e.authors()).containsExactly("Ada Lovelace");
            assertThat(e.categories()).containsExactly("Astronomy");
        });
    }

    @Test
    void shouldReadJsonFeedAndRdfAndNetscapeRss() throws Exception {
        Feed json = FeedParser.parse(fixture("feed.json"), BASE);
        assertThat(json.format()).isEqualTo(FeedFormat.JSON_FEED);
        assertThat(json.skipped()).isEqualTo(1);
        assertThat(json.items()).singleElement().satisfies(i -> {
            assertThat(i.authors()).containsExactly("Grace Hopper");
            assertThat(i.categories()).containsExactly("hardware");
        });

        Feed rdf = FeedParser.parse(fixture("rdf.xml"), BASE);
        assertThat(rdf.format()).isEqualTo(FeedFormat.RSS_1_0);
        assertThat(rdf.items()).extracting(FeedItem::categories).containsExactly(java.util.List.of("Archive"));

        Feed old = FeedParser.parse(fixture("rss091.xml"), BASE);
        assertThat(old.format()).isEqualTo(FeedFormat.RSS_0_9X);
        assertThat(old.items()).extracting(FeedItem::title).containsExactly("Café opens");
    }

    @Test
    void shouldNotReadTheFileAnExternalEntityNames() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        byte[] xxe = new String(fixture("xxe.xml"), StandardCharsets.UTF_8)
                .replace("SECRET_FILE_URL", secret.toUri().toString()).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedParser.parse(xxe, BASE))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("secret")
                .hasMessageNotContaining("TOP-SECRET-VALUE");
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // a hang guard: entity expansion would never finish
    void shouldRefuseBillionLaughsWithoutExpandingIt() {
        assertThatThrownBy(() -> FeedParser.parse(fixture("billion-laughs.xml"), BASE))
                .isInstanceOf(FeedException.class)
                .hasMessageContaining("lol9");
    }

    @Test
    void shouldRefuseADocumentThatIsNotAFeed() {
        assertThatThrownBy(() -> FeedParser.parse("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8),
                BASE)).isInstanceOf(FeedException.class).hasMessageContaining("<html>");
        assertThatThrownBy(() -> FeedParser.parse("{\"items\": []}".getBytes(StandardCharsets.UTF_8), BASE))
                .isInstanceOf(FeedException.class).hasMessageContaining("JSON Feed");
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/web/" + name)) {
            return in.readAllBytes();
        }
    }
}
