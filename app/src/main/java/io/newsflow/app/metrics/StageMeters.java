package io.newsflow.app.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ingest.web.WebStats;
import io.newsflow.model.Checks;
import io.newsflow.sink.SinkStats;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Binds the counters each stage already keeps (its stats records) to the registry as Prometheus counters: read at
 * scrape time, never copied. Only the stages a process runs are bound. Micrometer holds a function meter's state
 * object weakly, so this object holds the suppliers: keep it as long as the registry.
 */
public final class StageMeters {
    private final MeterRegistry registry;
    private final List<Supplier<?>> sources = new CopyOnWriteArrayList<>();

    public StageMeters(MeterRegistry registry) {
        this.registry = Checks.notNull(registry, "registry");
    }

    /** {@code newsflow_ingest_files_total{outcome}} and {@code newsflow_ingest_records_total{outcome}}. */
    public void ingest(Supplier<IngestStats> totals) {
        sources.add(Checks.notNull(totals, "totals"));
        String files = "newsflow.ingest.files";
        counter(files, "outcome", "published", "files published to the raw topic", totals, IngestStats::filesPublished);
        counter(files, "outcome", "skipped", "files already ingested (same version in the ledger)", totals, IngestStats::filesSkipped);
        counter(files, "outcome", "ignored", "files of a type ingest does not read", totals, IngestStats::filesIgnored);
        String records = "newsflow.ingest.records";
        counter(records, "outcome", "accepted", "records published to the raw topic", totals, IngestStats::recordsAccepted);
        counter(records, "outcome", "rejected", "records sent to the rejected topic by ingest", totals, IngestStats::recordsRejected);
    }

    /** {@code newsflow_web_polls_total{outcome}}, {@code newsflow_web_pages_total{outcome}}, {@code newsflow_web_requests_total}. */
    public void web(Supplier<WebStats> totals) {
        sources.add(Checks.notNull(totals, "totals"));
        String polls = "newsflow.web.polls";
        counter(polls, "outcome", "ok", "source polls that succeeded", totals, s -> s.polls() - s.failedPolls() - s.notModified());
        counter(polls, "outcome", "not-modified", "source polls answered 304", totals, WebStats::notModified);
        counter(polls, "outcome", "failed", "source polls that failed", totals, WebStats::failedPolls);
        String pages = "newsflow.web.pages";
        counter(pages, "outcome", "published", "pages published to the raw topic", totals, WebStats::pagesPublished);
        counter(pages, "outcome", "rejected", "pages and sources sent to the rejected topic", totals, WebStats::pagesRejected);
        FunctionCounter.builder("newsflow.web.requests", totals, s -> s.get().requests())
                .description("HTTP requests made, robots.txt included").register(registry);
    }

    /**
     * {@code newsflow_sink_records_total{topic}} for each output topic, {@code newsflow_sink_dead_letters_total} and
     * {@code newsflow_sink_files_total}.
     */
    public void sink(Supplier<SinkStats> stats, List<String> topics) {
        sources.add(Checks.notNull(stats, "stats"));
        for (String topic : Checks.notNull(topics, "topics")) {
            counter("newsflow.sink.records", "topic", topic, "records written to complete files", stats,
                    s -> s.recordsWritten().getOrDefault(topic, 0L));
        }
        FunctionCounter.builder("newsflow.sink.dead.letters", stats, s -> s.get().deadLetters())
                .description("output records that were not JSON objects, written as dead letters").register(registry);
        FunctionCounter.builder("newsflow.sink.files", stats, s -> s.get().filesWritten())
                .description("files renamed into place").register(registry);
    }

    /** {@code newsflow_processing_running}: 1 while Kafka Streams is RUNNING, else 0; the state as a label. */
    public void processing(Supplier<KafkaStreams.State> state) {
        sources.add(Checks.notNull(state, "state"));
        for (KafkaStreams.State each : KafkaStreams.State.values()) {
            Gauge.builder("newsflow.processing.state", state, s -> s.get() == each ? 1 : 0)
                    .tag("state", each.name()).description("1 for the Kafka Streams state the processing stage is in")
                    .register(registry);
        }
    }

    private <T> void counter(String name, String tag, String value, String description,
                                    Supplier<T> stats, ToDoubleFunction<T> read) {
        FunctionCounter.builder(name, stats, s -> read.applyAsDouble(s.get()))
                .tag(tag, value).description(description).register(registry);
    }
}
