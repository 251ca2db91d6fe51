package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.fetch.HostResolver;
import io.newsflow.ingest.kafka.ClientConfigs;
import io.newsflow.ingest.BrokerTopics;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.ingest.state.FetchState;
import io.newsflow.model.RawArticle;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Rejected;
import io.newsflow.model.SourceKind;
import io.newsflow.model.config.WebSettings;
import io.newsflow.model.config.WebSource;
import io.newsflow.model.config.WebSourceType;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.model.kafka.Topics;
import io.newsflow.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Web ingest against a real HTTP server on 127.0.0.1 and the embedded broker: what reaches raw and rejected. */
class WebIngestIT {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    @RegisterExtension
    static final BrokerTopics kafka = new BrokerTopics(TopicNames::fetchState);

    @TempDir
    Path dir;
    KafkaTarget target;
    Topics topics;
    LocalSite site;

    @BeforeEach
    void createSite() throws Exception {
        topics = kafka.topics();
        target = kafka.target();
        site = new LocalSite();
        site.fixture("/robots.txt", "robots.txt", "text/plain");
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void shouldPublishEveryNewItemOfRssAtomAndJsonFeedsOnceAcrossRestarts() throws Exception {
        site.etagged("/rss.xml", "rss2.xml", "application/rss+xml; charset=utf-8", "\"v1\"");
        site.fixture("/atom.xml", "atom.xml", "application/atom+xml");
        site.fixture("/feed.json", "feed.json", "application/feed+json");
        for (String page : List.of("/articles/bridge.html", "/articles/festival.html", "/science/comet.html",
                "/tech/chips.html")) {
            site.article(page, "Story " + page);
        }
        WebSettings settings = WebTestSettings.with(List.of(
                new WebSource(site.url("/rss.xml"), WebSourceType.FEED, "Local News", null, List.of("local")),
                WebSource.feed(site.url("/atom.xml")), WebSource.feed(site.url("/feed.json"))));

        WebStats first = pollOnce(settings, "web-it");

        assertThat(first.polls()).isEqualTo(3);
        assertThat(first.pagesPublished()).isEqualTo(4);
        List<RawArticle> raw = readAll(topics.raw().name(), RawArticle.class);
        assertThat(raw).extracting(RawArticle::url).containsExactlyInAnyOrder(
                site.url("/articles/bridge.html"), site.url("/articles/festival.html"),
                site.url("/science/comet.html"), site.url("/tech/chips.html?page=2"));
        RawArticle bridge = raw.stream().filter(a -> a.url().endsWith("bridge.html")).findFirst().orElseThrow();
        assertThat(bridge.source().kind()).isEqualTo(SourceKind.FEED);
        assertThat(bridge.title()).isEqualTo("Council approves the new bridge");
        assertThat(bridge.publishedAt()).isEqualTo("2025-06-03T09:30Z");
        assertThat(bridge.authors()).containsExactly("Jane Doe");
        assertThat(bridge.content()).contains("long-debated bridge");
        assertThat(bridge.metadata())
                .containsEntry("categories", "Politics, Transport")
                .containsEntry("site-name", "Local News")
                .containsEntry("tags", "local")
                .containsEntry("item-id", "bridge-1")
                .containsEntry("canonical", site.url("/canonical/_articles_bridge.html"))
                .containsEntry("http.content-type", "text/html; charset=utf-8")
                .containsEntry("http.status", "200");
        assertThat(site.lastUserAgent.get("/rss.xml")).isEqualTo("newsflow-test/1.0 (+https://newsflow.example/crawler)");

        WebStats second = pollOnce(settings, "web-it"); // a restart: state comes from the fetch-state topic

        assertThat(second.pagesPublished()).isZero();
        assertThat(second.notModified()).isEqualTo(1);
        assertThat(second.itemsSeen()).isEqualTo(2); // atom and json feeds were fetched again, their items known
        assertThat(site.hits("/rss.xml")).isEqualTo(2);
        assertThat(site.hits("/articles/bridge.html")).isEqualTo(1);
        assertThat(site.hits("/tech/chips.html")).isEqualTo(1);
        assertThat(readAll(topics.raw().name(), RawArticle.class)).hasSize(4);
    }

    @Test
    void shouldFollowASitemapIndexToANewsSitemap() throws Exception {
        site.fixture("/sitemap-index.xml", "sitemap-index.xml", "application/xml");
        site.fixture("/news-sitemap.xml", "news-sitemap.xml", "application/xml");
        site.article("/news/election.html", "Election");
        site.article("/news/weather.html", "Weather");
        WebSettings settings = WebTestSettings.with(List.of(new WebSource(site.url("/sitemap-index.xml"),
                WebSourceType.SITEMAP, "Local News", null, List.of())));

        WebStats stats = pollOnce(settings, "web-it");

        assertThat(stats.pagesPublished()).isEqualTo(2);
        RawArticle election = readAll(topics.raw().name(), RawArticle.class).stream()
                .filter(a -> a.url().endsWith("election.html")).findFirst().orElseThrow();
        assertThat(election.title()).isEqualTo("Election results are in");
        assertThat(election.publishedAt()).isEqualTo("2025-06-03T07:00Z");
        assertThat(election.metadata()).containsEntry("categories", "election, results");
    }

    @Test
    void shouldRejectWhatIsUnsafeOrImpoliteAndPublishTheRest() throws Exception {
        int port = Integer.parseInt(site.base().substring(site.base().lastIndexOf(':') + 1));
        site.redirect("/to-loopback.html", "http://127.0.0.2:" + port + "/x.html");
        for (int i = 1; i <= 6; i++) {
            site.redirect("/hop" + i, "/hop" + (i + 1));
        }
        site.article("/hop7", "Too far");
        site.route("/slow.html", ex -> {
            try {
                Thread.sleep(3000); // the server is slow on purpose; the fetcher's timeout is 500 ms
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalSite.send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });
        site.gzipBomb("/bomb.html", 64);
        site.route("/image.png", ex -> LocalSite.send(ex, 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
        site.article("/private/secret.html", "Secret");
        site.article("/ok.html", "Fine");
        site.route("/gone.html", ex -> LocalSite.send(ex, 404, "text/html", new byte[0]));
        site.route("/rss.xml", ex -> LocalSite.send(ex, 200, "application/rss+xml", rss("/to-loopback.html",
                "/hop1", "/slow.html", "/bomb.html", "/image.png", "/private/secret.html", "/ok.html", "/gone.html")));
        site.route("/xxe.xml", ex -> LocalSite.send(ex, 200, "application/rss+xml", LocalSite.fixture("xxe.xml")
                .replace("SECRET_FILE_URL", secret().toUri().toString()).getBytes(StandardCharsets.UTF_8)));
        site.fixture("/laughs.xml", "billion-laughs.xml", "application/rss+xml");
        WebSettings settings = WebTestSettings.with(List.of(WebSource.feed(site.url("/rss.xml")),
                WebSource.feed(site.url("/xxe.xml")), WebSource.feed(site.url("/laughs.xml"))), Duration.ZERO,
                Duration.ofMillis(500), Duration.ofSeconds(2));

        WebStats stats = pollOnce(settings, "web-it");

        assertThat(readAll(topics.raw().name(), RawArticle.class)).extracting(RawArticle::url)
                .containsExactly(site.url("/ok.html"));
        Map<String, Rejected> rejected = readAll(topics.rejected().name(), Rejected.class).stream()
                .collect(Collectors.toMap(r -> r.source().url().replace(site.base(), ""), r -> r));
        assertThat(rejected.keySet()).containsExactlyInAnyOrder("/to-loopback.html", "/hop1", "/slow.html",
                "/bomb.html", "/image.png", "/private/secret.html", "/gone.html", "/xxe.xml", "/laughs.xml");
        assertReason(rejected.get("/to-loopback.html"), RejectReason.FETCH_REFUSED,
                "loopback address 127.0.0.2 is not allowed");
        assertReason(rejected.get("/hop1"), RejectReason.FETCH_REFUSED, "more than 5 redirects");
        assertReason(rejected.get("/slow.html"), RejectReason.FETCH_REFUSED, "no response headers within 500 ms");
        assertReason(rejected.get("/bomb.html"), RejectReason.TOO_LARGE, "after decompression");
        assertReason(rejected.get("/image.png"), RejectReason.UNSUPPORTED_FORMAT, "image/png");
        assertReason(rejected.get("/private/secret.html"), RejectReason.FETCH_REFUSED, "robots.txt");
        assertReason(rejected.get("/gone.html"), RejectReason.FETCH_REFUSED, "HTTP 404");
        assertReason(rejected.get("/xxe.xml"), RejectReason.UNSUPPORTED_FORMAT, "entity");
        assertReason(rejected.get("/laughs.xml"), RejectReason.UNSUPPORTED_FORMAT, "lol9");
        assertThat(rejected.values()).allSatisfy(r -> assertThat(r.toString()).doesNotContain("TOP-SECRET"));
        assertThat(site.hits("/private/secret.html")).isZero();
        assertThat(site.hits("/hop6")).isEqualTo(1);
        assertThat(site.hits("/hop7")).isZero();
        assertThat(stats.failedPolls()).isEqualTo(2);
    }

    @Test
    void shouldWaitForRetryAfterOnAPageAndBackOffAFeed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        site.route("/busy.html", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().add("Retry-After", "120");
                LocalSite.send(ex, 429, "text/plain", new byte[0]);
            } else {
                LocalSite.send(ex, 200, "text/html", LocalSite.articleHtml("/busy.html", "Busy"));
            }
        });
        site.route("/rss.xml", ex -> LocalSite.send(ex, 200, "application/rss+xml", rss("/busy.html")));
        MutableClock clock = new MutableClock(Instant.parse("2025-06-03T10:00:00Z"));
        try (LocalSite other = new LocalSite()) { // another host: a Retry-After holds back its own host only
            other.route("/down.xml", ex -> {
                ex.getResponseHeaders().add("Retry-After", "3600");
                LocalSite.send(ex, 503, "text/plain", new byte[0]);
            });
            other.fixture("/robots.txt", "robots.txt", "text/plain");
            WebSettings settings = WebTestSettings.with(List.of(WebSource.feed(site.url("/rss.xml")),
                    WebSource.feed(other.url("/down.xml"))));
            pollBusyAndDown(settings, clock);
        }
        assertThat(readAll(topics.raw().name(), RawArticle.class)).extracting(RawArticle::title).containsExactly("/busy.html");
    }

    private void pollBusyAndDown(WebSettings settings, MutableClock clock) {
        try (WebIngestor ingestor = WebIngestor.create(settings, KafkaWebSink.open(target, "web-it",
                        PublishOptions.DEFAULT), FetchState.load(target, READ_TIMEOUT, settings.rememberFor(), clock), 100,
                HostResolver.SYSTEM, clock, clock::jumpTo)) {
            Instant start = clock.instant();
            WebStats stats = ingestor.pollOnce();

            assertThat(stats.pagesPublished()).isEqualTo(1);
            assertThat(site.hits("/busy.html")).isEqualTo(2);
            assertThat(Duration.between(start, clock.instant())).isLessThan(Duration.ofMinutes(5));
            assertThat(Duration.between(start, clock.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(120));
            SourceStatus down = ingestor.sources().stream().filter(s -> s.url().endsWith("/down.xml")).findFirst()
                    .orElseThrow();
            assertThat(down.status()).isEqualTo("retry-later");
            assertThat(down.failures()).isEqualTo(1);
            assertThat(down.nextPollAt()).isAfterOrEqualTo(start.plus(Duration.ofHours(1)));
        }
    }

    private WebStats pollOnce(WebSettings settings, String transactionalId) {
        try (WebIngestor ingestor = WebIngestor.open(settings, target, transactionalId, PublishOptions.DEFAULT,
                Clock.systemUTC())) {
            return ingestor.pollOnce();
        }
    }

    private Path secret() {
        try {
            Path secret = dir.resolve("secret.txt");
            Files.writeString(secret, "TOP-SECRET-VALUE");
            return secret;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] rss(String... paths) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>");
        for (String p : paths) {
            s.append("<item><title>").append(p).append("</title><link>").append(p).append("</link></item>");
        }
        return s.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void assertReason(Rejected r, RejectReason reason, String detail) {
        assertThat(r.reason()).as(r.detail()).isEqualTo(reason);
        assertThat(r.detail()).contains(detail);
    }

    private <T> List<T> readAll(String topic, Class<T> type) {
        List<T> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(ClientConfigs.readCommitted(target, "it"))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                assertThat(Instant.now()).as("reading %s", topic).isBefore(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(r ->
                        out.add(new io.newsflow.model.kafka.JsonSerde<>(type).fromBytes(r.value())));
            }
        }
        return out;
    }
}
