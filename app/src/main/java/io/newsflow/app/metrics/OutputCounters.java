package io.newsflow.app.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.model.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The pipeline's outcomes as a consumer of its output topics sees them, counted since this process started:
 * <ul>
 *   <li>{@code newsflow_output_records_total{topic=articles|duplicates|rejected}} — records out of processing</li>
 *   <li>{@code newsflow_duplicates_total{method}} — duplicates by how they were recognised</li>
 *   <li>{@code newsflow_rejected_total{stage,reason}} — dead letters by stage and reason code</li>
 *   <li>{@code newsflow_fetch_errors_total{host}} — web pages and sources rejected at ingest, by host</li>
 *   <li>{@code newsflow_end_to_end_latency_seconds{topic}} — histogram from ingest ({@code ingestedAt}) until the
 *       record is committed on its output topic and visible to read_committed consumers</li>
 * </ul>
 */
public final class OutputCounters {
    private static final Duration[] BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1)};

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Long> byReason = new ConcurrentHashMap<>();
    private final Map<String, Long> byMethod = new ConcurrentHashMap<>();
    private final Timer articleLatency;
    private final Timer duplicateLatency;

    public OutputCounters(MeterRegistry registry) {
        this.registry = Checks.notNull(registry, "registry");
        for (String topic : new String[] {"articles", "duplicates", "rejected"}) {
            output(topic);
        }
        this.articleLatency = latency("articles");
        this.duplicateLatency = latency("duplicates");
    }

    /** An article seen at {@code seenAt}. */
    public void article(JsonNode article, Instant seenAt) {
        output("articles").increment();
        observeLatency(articleLatency, article.path("ingestedAt"), seenAt);
    }

    public void duplicate(JsonNode duplicate, Instant seenAt) {
        output("duplicates").increment();
        String method = duplicate.path("method").asText("unknown");
        counter("newsflow.duplicates", "duplicates by how they were recognised", "method", method).increment();
        byMethod.merge(method, 1L, Long::sum);
        observeLatency(duplicateLatency, duplicate.path("article").path("ingestedAt"), seenAt);
    }

    public void rejected(JsonNode rejected) {
        output("rejected").increment();
        String stage = rejected.path("stage").asText("unknown");
        String reason = rejected.path("reason").asText("unknown");
        registry.counter("newsflow.rejected", "stage", stage, "reason", reason).increment();
        byReason.merge(reason, 1L, Long::sum);
        String url = rejected.path("source").path("url").asText(null);
        if ("ingest".equals(stage) && url != null) {
            counter("newsflow.fetch.errors", "web pages and sources rejected at ingest", "host", Hosts.of(url))
                    .increment();
        }
    }

    /** What the status page shows. */
    public OutputTotals totals() {
        return new OutputTotals(count("articles"), count("duplicates"), count("rejected"), new TreeMap<>(byReason),
                new TreeMap<>(byMethod), articleLatency.count(), articleLatency.mean(TimeUnit.SECONDS),
                articleLatency.max(TimeUnit.SECONDS));
    }

    private long count(String topic) {
        return (long) output(topic).count();
    }

    private Counter output(String topic) {
        return counter("newsflow.output.records", "records on the pipeline's output topics", "topic", topic);
    }

    private Counter counter(String name, String description, String tag, String value) {
        return counters.computeIfAbsent(name + '\0' + value, k -> Counter.builder(name).description(description)
                .tag(tag, value).register(registry));
    }

    private Timer latency(String topic) {
        return Timer.builder("newsflow.end.to.end.latency")
                .description("from ingest until the record is committed on its output topic")
                .tag("topic", topic).serviceLevelObjectives(BUCKETS)
                .minimumExpectedValue(BUCKETS[0]).maximumExpectedValue(BUCKETS[BUCKETS.length - 1])
                .register(registry);
    }

    private static void observeLatency(Timer timer, JsonNode ingestedAt, Instant seenAt) {
        if (!ingestedAt.isTextual()) {
            return;
        }
        try {
            Duration latency = Duration.between(Instant.parse(ingestedAt.asText()), seenAt);
            timer.record(latency.isNegative() ? Duration.ZERO : latency); // clocks of two hosts may disagree
        } catch (DateTimeParseException e) {
            // policy: a record without a readable ingest time is counted but has no latency
        }
    }

    /**
     * @param articles           articles seen
     * @param duplicates         duplicates seen
     * @param rejected           dead letters seen
     * @param rejectedByReason   dead letters by reason code
     * @param duplicatesByMethod duplicates by method
     * @param latencyCount       articles whose latency was measured
     * @param latencyMeanSeconds their mean end-to-end latency
     * @param latencyMaxSeconds  the largest recently (Micrometer's decaying max)
     */
    public record OutputTotals(long articles, long duplicates, long rejected, Map<String, Long> rejectedByReason,
                               Map<String, Long> duplicatesByMethod, long latencyCount, double latencyMeanSeconds,
                               double latencyMaxSeconds) {
    }
}
