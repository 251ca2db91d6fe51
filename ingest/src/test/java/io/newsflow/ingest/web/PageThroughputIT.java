package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.BrokerTopics;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.model.config.WebSource;
import io.newsflow.model.config.WebSourceType;
import io.newsflow.model.kafka.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Measures pages per second fetched from a local server and published to the embedded broker: one sitemap of
 * {@value #PAGES} pages on one host, no host delay (one connection at a time, as politeness wants).
 */
class PageThroughputIT {
    private static final int PAGES = 400;

    @RegisterExtension
    static final BrokerTopics kafka = new BrokerTopics(TopicNames::fetchState);

    @Test
    void shouldFetchAndPublishEveryPageOfALargeSitemap() throws Exception {
        try (LocalSite site = new LocalSite()) {
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
            KafkaTarget target = kafka.target();
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
