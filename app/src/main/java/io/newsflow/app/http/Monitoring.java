package io.newsflow.app.http;

import io.newsflow.app.metrics.ConsumerLag;
import io.newsflow.app.metrics.LatestArticles;
import io.newsflow.app.metrics.OutputCounters;
import io.newsflow.app.metrics.OutputObserver;
import io.newsflow.app.metrics.ProcessMetrics;
import io.newsflow.app.metrics.SinkWatch;
import io.newsflow.app.metrics.StageMeters;
import io.newsflow.app.metrics.StreamsConsumption;
import io.newsflow.app.metrics.WebSourceMeters;
import io.newsflow.ingest.FolderIngestor;
import io.newsflow.ingest.web.WebIngestor;
import io.newsflow.model.Checks;
import io.newsflow.model.config.HttpSettings;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.processing.ProcessingService;
import io.newsflow.processing.StreamsSettings;
import io.newsflow.sink.SinkService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Health, metrics and the status page of one newsflow process, for the stages it runs. {@link Builder#start()}
 * binds the stages' meters, starts the status consumer and a background refresh (broker reachability, consumer
 * lag, web sources, sink progress, every {@link #REFRESH}) and the HTTP endpoint; {@link #close()} stops them.
 * With {@code http.port} 0 nothing is started.
 *
 * <pre>{@code
 * try (Monitoring monitoring = Monitoring.builder("run", config, new Monitoring.Kafka(servers, clientProps, admin))
 *         .ingest(ingest).web(web).processing(processing).sink(sink).start()) { ... }
 * }</pre>
 */
public final class Monitoring implements EndpointContent, AutoCloseable {
    /** How often what needs the network (broker, lag) is refreshed. */
    public static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(Monitoring.class);

    /**
     * The Kafka the process uses.
     *
     * @param bootstrapServers the servers
     * @param clientProperties properties for any client (bootstrap servers and pass-through ones, e.g. security)
     * @param admin            the process's admin client (shared, not closed here)
     */
    public record Kafka(String bootstrapServers, Map<String, Object> clientProperties, Admin admin) {
        public Kafka {
            Checks.notBlank(bootstrapServers, "bootstrapServers");
            clientProperties = Map.copyOf(Checks.notNull(clientProperties, "clientProperties"));
            Checks.notNull(admin, "admin");
        }
    }

    private final Builder stages;
    private final Instant startedAt;
    private final ProcessMetrics metrics = new ProcessMetrics();
    private final OutputCounters counters = new OutputCounters(metrics.registry());
    private final StageMeters stageMeters = new StageMeters(metrics.registry());
    private final LatestArticles latest;
    private final OutputObserver observer;
    private final ConsumerLag lag;
    private final BrokerReachability broker;
    private final SinkWatch sinkWatch;
    private final WebSourceMeters webSources;
    private final List<HealthCheck> checks = new ArrayList<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "newsflow-monitor");
        t.setDaemon(true);
        return t;
    });
    private StreamsConsumption consumption;
    private HttpEndpoint endpoint;

    private Monitoring(Builder b) {
        this.stages = b;
        this.startedAt = b.clock.instant();
        HttpSettings http = b.config.http();
        TopicNames names = b.config.kafka().topicNames();
        this.latest = new LatestArticles(http.latestArticles());
        this.observer = new OutputObserver(b.kafka.clientProperties(), names, counters, latest, b.clock);
        this.lag = new ConsumerLag(b.kafka.admin(), groups(b.config), metrics.registry());
        this.broker = new BrokerReachability(b.kafka.admin(), b.kafka.bootstrapServers(), b.clock, REFRESH.multipliedBy(4));
        this.sinkWatch = b.sink == null ? null : new SinkWatch(() -> b.sink.stats().totalRecords(),
                () -> lag.total(sinkGroup(b.config)), http.stuckAfter(), b.clock);
        this.webSources = b.web == null ? null : new WebSourceMeters(metrics.registry(), b.web::sources);
        bindStages(names);
        checks.add(new HealthCheck("broker", broker::probe));
        addStageChecks();
    }

    public static Builder builder(String role, NewsflowConfig config, Kafka kafka) {
        return new Builder(role, config, kafka);
    }

    /** The port served, or -1 when HTTP is disabled. */
    public int port() {
        return endpoint == null ? -1 : endpoint.port();
    }

    @Override
    public HealthReport health() {
        return HealthReport.of(checks);
    }

    @Override
    public String metrics() {
        return metrics.scrape();
    }

    @Override
    public StatusReport status() {
        Builder s = stages;
        return new StatusReport(s.clock.instant(), s.role, startedAt, health(),
                s.ingest == null ? null : s.ingest.totals(), s.web == null ? null : s.web.totals(),
                s.web == null ? null : s.web.sources(), s.processing == null ? null : s.processing.state().name(),
                s.sink == null ? null : s.sink.stats(), counters.totals(), lag.lag(), latest.list(),
                observer.failure().orElse(null));
    }

    @Override
    public void close() {
        if (endpoint != null) {
            endpoint.close();
        }
        refresher.shutdownNow();
        observer.close();
        metrics.close();
    }

    private void start() {
        observer.start(stages.config.http().latestArticles());
        refresher.scheduleWithFixedDelay(this::refresh, 0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        HttpSettings http = stages.config.http();
        endpoint = HttpEndpoint.start(http.host(), http.port(), this);
    }

    /** Policy: a failed refresh keeps the last figures and is tried again; it never stops the refresher. */
    private void refresh() {
        try {
            refreshKafka();
            refreshStages();
        } catch (RuntimeException e) {
            LOG.warn("status refresh failed, trying again in {} s: {}", REFRESH.toSeconds(), e.toString());
        }
    }

    private void refreshKafka() {
        try {
            broker.refresh();
            lag.refresh();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("consumer lag not refreshed: {}", e.toString()); // the broker check reports the cluster
        }
    }

    private void refreshStages() {
        if (sinkWatch != null) {
            sinkWatch.observe();
        }
        if (webSources != null) {
            webSources.refresh();
        }
    }

    private void bindStages(TopicNames names) {
        Builder s = stages;
        if (s.ingest != null) {
            stageMeters.ingest(s.ingest::totals);
        }
        if (s.web != null) {
            stageMeters.web(s.web::totals);
        }
        if (s.processing != null) {
            stageMeters.processing(s.processing::state);
            consumption = new StreamsConsumption(s.processing.applicationId(), names.raw());
            consumption.bindTo(metrics.registry());
        }
        if (s.sink != null) {
            stageMeters.sink(s.sink::stats, names.outputs());
        }
    }

    private void addStageChecks() {
        Builder s = stages;
        if (s.ingest != null) {
            checks.add(new HealthCheck("ingest", () -> StageProbes.loop(s.ingest.failure(),
                    "scanning; " + s.ingest.totals().records() + " records since start")));
        }
        if (s.web != null) {
            checks.add(new HealthCheck("web", () -> StageProbes.loop(s.web.failure(),
                    "polling " + s.web.sources().size() + " sources")));
        }
        if (s.processing != null) {
            checks.add(new HealthCheck("processing", () -> StageProbes.streams(s.processing.state())));
        }
        if (s.sink != null) {
            checks.add(new HealthCheck("sink", () -> StageProbes.sink(s.sink.failure(), sinkWatch,
                    lag.total(sinkGroup(s.config)))));
        }
    }

    private static List<ConsumerLag.Group> groups(NewsflowConfig config) {
        TopicNames names = config.kafka().topicNames();
        String streams = StreamsSettings.applicationId(config);
        return List.of(
                new ConsumerLag.Group(streams, topic -> topic.equals(names.raw())
                        || topic.startsWith(streams + "-") && topic.endsWith("-repartition")),
                new ConsumerLag.Group(sinkGroup(config), names.outputs()::contains));
    }

    /** The sink's consumer group: the sink module names it {@code <application-id>-sink}. */
    static String sinkGroup(NewsflowConfig config) {
        return config.kafka().applicationId() + "-sink";
    }

    /** Which stages the process runs; stages left out are not measured or checked. */
    public static final class Builder {
        private final String role;
        private final NewsflowConfig config;
        private final Kafka kafka;
        private Clock clock = Clock.systemUTC();
        private FolderIngestor ingest;
        private WebIngestor web;
        private ProcessingService processing;
        private SinkService sink;

        private Builder(String role, NewsflowConfig config, Kafka kafka) {
            this.role = Checks.notBlank(role, "role");
            this.config = Checks.notNull(config, "config");
            this.kafka = Checks.notNull(kafka, "kafka");
        }

        public Builder ingest(FolderIngestor v) { ingest = v; return this; }
        public Builder web(WebIngestor v) { web = v; return this; }
        public Builder processing(ProcessingService v) { processing = v; return this; }
        public Builder sink(SinkService v) { sink = v; return this; }
        public Builder clock(Clock v) { clock = Checks.notNull(v, "clock"); return this; }

        /**
         * Starts measuring and serving; null when {@code http.port} is 0 (try-with-resources skips a null).
         *
         * @throws io.newsflow.model.config.ConfigException when the port cannot be listened on
         */
        public Monitoring start() {
            if (!config.http().enabled()) {
                return null;
            }
            Monitoring monitoring = new Monitoring(this);
            try {
                monitoring.start();
                return monitoring;
            } catch (RuntimeException e) {
                monitoring.close();
                throw e;
            }
        }
    }
}
