package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.broker.EmbeddedKafkaBroker;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.model.config.WebSource;
import io.newsflow.model.config.WebSourceType;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.model.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures pages per second fetched from a local server and published to the embedded broker: one sitemap of
 * {@value #PAGES} pages on one host, no host delay (one connection at a time, as politeness wants).
 */
class PageThroughputIT {
    private static final int PAGES = 400;

    @TempDir
    Path brokerDir;

    @Test
    void shouldFetchAndPublishEveryPageOfALargeSitemap() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(brokerDir); LocalSite site = new LocalSite()) {
            TopicNames names = new TopicNames("throughput.");
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(names.raw(), 3, (short) 1),
                        new NewTopic(names.rejected(), 1, (short) 1), new NewTopic(names.fetchState(), 1, (short) 1)
                                .configs(Map.of("cleanup.policy", "compact")))).all().get();
            }
            site.fixture("/robots.txt", "robots.txt", "text/plain");
            StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/"
                    + "schemas/sitemap/0.9\">");
            for (int i = 0; i < PAGES; i++) {
                sitemap.append("<url><loc>").append(site.url("/p/" + i + ".html")).append("</loc></url>");
            }
            byte[] map = sitemap.append("</urlset>").toString().getBytes(StandardCharsets.UTF_8);
            site.route("/sitemap.xml", ex -> LocalSite.send(ex, 200, "application/xml", map));
            site.route("/p/", ex -> LocalSite.send(ex, 200, "text/html; charset=utf-8",
                    LocalSite.articleHtml(ex.getRequestURI().getPath(), "Page")));
            KafkaTarget target = new KafkaTarget(broker.bootstrapServers(), Map.of(), new Topics(names));
            WebSource source = new WebSource(site.url("/sitemap.xml"), WebSourceType.SITEMAP, "", null, List.of());

            WebStats stats;
            long start = System.nanoTime();
            try (WebIngestor ingestor = WebIngestor.open(WebTestSettings.with(List.of(source)), target, "throughput",
                    PublishOptions.DEFAULT.withCommitEvery(100), Clock.systemUTC())) {
                stats = ingestor.pollOnce();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(stats.pagesPublished()).isEqualTo(PAGES);
            System.out.printf("fetched and published %d pages from one local host in %d ms: %.0f pages/s%n", PAGES,
                    took.toMillis(), PAGES * 1000.0 / Math.max(1, took.toMillis()));
        }
    }
}
