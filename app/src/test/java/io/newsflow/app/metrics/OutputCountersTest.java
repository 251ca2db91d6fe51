package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.model.kafka.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutputCountersTest {
    private static final Instant INGESTED = Instant.parse("2026-01-01T10:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final OutputCounters counters = new OutputCounters(registry);

    @Test
    void shouldCountRejectionsByStageAndReason() throws IOException {
        counters.rejected(json("{\"stage\":\"ingest\",\"reason\":\"binary-content\",\"source\":{\"kind\":\"file\",\"path\":\"a.txt\"}}"));
        counters.rejected(json("{\"stage\":\"ingest\",\"reason\":\"binary-content\",\"source\":{\"kind\":\"file\",\"path\":\"b.txt\"}}"));
        counters.rejected(json("{\"stage\":\"processing\",\"reason\":\"no-article-text\",\"source\":{\"kind\":\"file\",\"path\":\"c.txt\"}}"));

        assertThat(registry.get("newsflow.rejected").tags("stage", "ingest", "reason", "binary-content").counter().count())
                .isEqualTo(2);
        assertThat(registry.get("newsflow.rejected").tags("stage", "processing", "reason", "no-article-text").counter()
                .count()).isEqualTo(1);
        assertThat(counters.totals().rejected()).isEqualTo(3);
        assertThat(counters.totals().rejectedByReason()).containsEntry("binary-content", 2L).containsEntry("no-article-text", 1L);
        assertThat(registry.find("newsflow.fetch.errors").counters()).isEmpty();
    }

    @Test
    void shouldCountWebPagesRejectedAtIngestAsFetchErrorsOfTheirHost() throws IOException {
        counters.rejected(json("{\"stage\":\"ingest\",\"reason\":\"fetch-refused\",\"source\":{\"kind\":\"page\",\"url\":\"https://News.Example.org/a\"}}"));
        counters.rejected(json("{\"stage\":\"processing\",\"reason\":\"no-article-text\",\"source\":{\"kind\":\"page\",\"url\":\"https://news.example.org/b\"}}"));

        assertThat(registry.get("newsflow.fetch.errors").tag("host", "news.example.org").counter().count()).isEqualTo(1);
    }

    @Test
    void shouldMeasureLatencyFromIngestUntilSeenOnTheTopic() throws IOException {
        counters.article(json("{\"id\":\"a\",\"ingestedAt\":\"" + INGESTED + "\"}"), INGESTED.plusMillis(1500));
        counters.article(json("{\"id\":\"b\",\"ingestedAt\":\"" + INGESTED + "\"}"), INGESTED.plusSeconds(20));
        counters.article(json("{\"id\":\"c\"}"), INGESTED);

        var timer = registry.get("newsflow.end.to.end.latency").tag("topic", "articles").timer();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(21_500);
        assertThat(counters.totals().articles()).isEqualTo(3);
        assertThat(timer.takeSnapshot().histogramCounts()).anySatisfy(bucket -> {
            assertThat(bucket.bucket(TimeUnit.SECONDS)).isEqualTo(2.5);
            assertThat(bucket.count()).isEqualTo(1);
        });
    }

    @Test
    void shouldCountDuplicatesByMethod() throws IOException {
        counters.duplicate(json("{\"method\":\"exact-text\",\"article\":{\"ingestedAt\":\"" + INGESTED + "\"}}"), INGESTED.plusSeconds(1));
        counters.duplicate(json("{\"method\":\"near-text\",\"article\":{}}"), INGESTED);

        assertThat(registry.get("newsflow.duplicates").tag("method", "exact-text").counter().count()).isEqualTo(1);
        assertThat(counters.totals().duplicatesByMethod()).containsEntry("near-text", 1L);
        assertThat(registry.get("newsflow.end.to.end.latency").tag("topic", "duplicates").timer().count()).isEqualTo(1);
        assertThat(counters.totals().duplicates()).isEqualTo(2);
    }

    private static JsonNode json(String text) throws IOException {
        return Json.mapper().readTree(text);
    }
}
