package io.newsflow.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.newsflow.ingest.web.SourceStatus;
import io.newsflow.model.Checks;
import java.util.List;
import java.util.function.Supplier;

/**
 * Per web source gauges, refreshed from the sources' states: {@code newsflow_web_source_failures{source,host}}
 * (consecutive failed polls: fetch errors per host) and {@code newsflow_web_source_last_poll_seconds{source,host}}
 * (the last poll as a Unix time). Sources that go away (a sources file edited) leave with the next refresh.
 */
public final class WebSourceMeters {
    private final Supplier<List<SourceStatus>> sources;
    private final MultiGauge failures;
    private final MultiGauge lastPoll;

    public WebSourceMeters(MeterRegistry registry, Supplier<List<SourceStatus>> sources) {
        this.sources = Checks.notNull(sources, "sources");
        this.failures = MultiGauge.builder("newsflow.web.source.failures")
                .description("consecutive failed polls of a web source").register(registry);
        this.lastPoll = MultiGauge.builder("newsflow.web.source.last.poll")
                .description("when a web source was last polled, Unix time").baseUnit("seconds").register(registry);
    }

    /** Reads the sources' current states into the gauges. */
    public void refresh() {
        List<SourceStatus> now = sources.get();
        failures.register(now.stream().map(s -> MultiGauge.Row.of(tags(s), s.failures())).toList(), true);
        lastPoll.register(now.stream().filter(s -> s.lastPollAt() != null)
                .map(s -> MultiGauge.Row.of(tags(s), s.lastPollAt().toEpochMilli() / 1000.0)).toList(), true);
    }

    private static Tags tags(SourceStatus source) {
        return Tags.of("source", source.url(), "host", Hosts.of(source.url()));
    }
}
