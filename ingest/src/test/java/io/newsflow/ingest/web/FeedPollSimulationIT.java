package io.newsflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.fetch.HostResolver;
import io.newsflow.ingest.state.FetchState;
import io.newsflow.model.config.WebSource;
import io.newsflow.model.config.WebSourceType;
import io.newsflow.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A two-hour run against one feed with ETag support, on a simulated clock and a real local server: counts the
 * requests it makes. The feed says {@code <ttl>30</ttl>}; the source asks for 5 minutes; the ttl wins.
 */
class FeedPollSimulationIT {
    private static final Duration RUN = Duration.ofHours(2);

    @Test
    void shouldMakeFiveFeedRequestsInTwoHoursOfWhichFourAre304() {
        try (LocalSite site = new LocalSite()) {
            site.fixture("/robots.txt", "robots.txt", "text/plain");
            site.etagged("/rss.xml", "rss2.xml", "application/rss+xml", "\"v1\"");
            site.article("/articles/bridge.html", "Bridge");
            site.article("/articles/festival.html", "Festival");
            MutableClock clock = new MutableClock(Instant.parse("2025-06-03T10:00:00Z"));
            RecordingWebSink sink = new RecordingWebSink();
            WebSource feed = new WebSource(site.url("/rss.xml"), WebSourceType.FEED, "Local", Duration.ofMinutes(5),
                    List.of());
            Instant end = clock.instant().plus(RUN);
            try (WebIngestor ingestor = WebIngestor.create(WebTestSettings.with(List.of(feed), Duration.ofSeconds(2),
                    Duration.ofSeconds(2), Duration.ofSeconds(5)), sink, new FetchState(Duration.ofDays(30)), 100,
                    HostResolver.SYSTEM, clock, clock::jumpTo)) {
                for (Optional<Instant> next = ingestor.runDue(); next.isPresent() && !next.get().isAfter(end);
                     next = ingestor.runDue()) {
                    clock.set(next.get());
                }
                System.out.printf("2h simulated against one ETag feed (ttl 30m, interval 5m): %d requests: feed %d"
                        + " (%d answered 304), robots.txt %d, pages %d%n", site.totalHits(), site.hits("/rss.xml"),
                        ingestor.totals().notModified(), site.hits("/robots.txt"),
                        site.hits("/articles/bridge.html") + site.hits("/articles/festival.html"));
                assertThat(site.hits("/rss.xml")).isEqualTo(5); // at 0, 30, 60, 90 and 120 minutes
                assertThat(ingestor.totals().notModified()).isEqualTo(4);
                assertThat(site.hits("/robots.txt")).isEqualTo(1);
                assertThat(site.hits("/articles/bridge.html")).isEqualTo(1);
                assertThat(site.hits("/articles/festival.html")).isEqualTo(1);
                assertThat(sink.items).hasSize(2);
            }
        }
    }
}
