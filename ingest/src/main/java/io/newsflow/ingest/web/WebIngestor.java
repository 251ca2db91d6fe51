package io.newsflow.ingest.web;

import io.newsflow.ingest.fetch.FetcherSettings;
import io.newsflow.ingest.fetch.HostResolver;
import io.newsflow.ingest.fetch.SafeFetcher;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.publish.PublishException;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.ingest.robots.RobotsCache;
import io.newsflow.ingest.state.FetchState;
import io.newsflow.model.Checks;
import io.newsflow.model.config.ConfigException;
import io.newsflow.model.config.ConfigLoader;
import io.newsflow.model.config.WebSettings;
import io.newsflow.model.config.WebSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web ingest as a service: polls the configured feeds, sitemaps and pages and publishes every new item's page
 * (see {@link Crawler} for the politeness and failure rules). Run it once ({@link #pollOnce()}) or continuously
 * ({@link #start}); {@link #sources()} tells each source's state. Sources come from {@code web.sources} and, when
 * set, {@code web.sources-file}, which {@link #start} reads again every {@code web.sources-reload} when it
 * changed; {@link #updateSources} replaces the configured list at any time.
 *
 * <p>Instances: give each its own transactional id; with {@code web.instance-count} n and distinct
 * {@code web.instance-index} 0..n-1 they split the sources (see {@link SourceAssignment}) and share the
 * fetch-state topic.
 */
public final class WebIngestor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebIngestor.class);
    public static final Duration STATE_LOAD_TIMEOUT = Duration.ofMinutes(2);

    private final WebSettings settings;
    private final Crawler crawler;
    private final WebSink sink;
    private final AutoCloseable fetcher;
    private final Clock clock;
    private final Waiter waiter;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CompletableFuture<Void> failure = new CompletableFuture<>();
    private List<WebSource> configured;
    private List<WebSource> fromFile = List.of();
    private FileTime fileVersion;
    private ScheduledExecutorService scheduler;
    private ScheduledFuture<?> tick;
    private ScheduledFuture<?> reload;

    WebIngestor(WebSettings settings, Crawler crawler, WebSink sink, AutoCloseable fetcher, Clock clock,
                Waiter waiter) {
        this.settings = settings;
        this.crawler = crawler;
        this.sink = sink;
        this.fetcher = fetcher;
        this.clock = clock;
        this.waiter = waiter;
        this.configured = settings.sources();
        readSourcesFile();
        crawler.setSources(allSources());
    }

    /**
     * Opens the transactional producer (fencing an earlier one with this id), reads the fetch-state topic, and
     * reads the sources. Creates no topics: raw, rejected and fetch-state (compacted) must exist.
     */
    public static WebIngestor open(WebSettings settings, KafkaTarget target, String transactionalId,
                                   PublishOptions options, Clock clock) {
        Checks.notNull(settings, "settings");
        Checks.notNull(target, "target");
        Checks.notNull(options, "options");
        Checks.notNull(clock, "clock");
        FetchState state = FetchState.load(target, STATE_LOAD_TIMEOUT, settings.rememberFor(), clock);
        WebSink sink = KafkaWebSink.open(target, transactionalId, options);
        return create(settings, sink, state, options.commitEvery(), HostResolver.SYSTEM, clock, Waiter.on(clock));
    }

    /** The parts wired with a sink and state of the caller's choice (tests, other sinks). */
    static WebIngestor create(WebSettings settings, WebSink sink, FetchState state, int commitEvery,
                              HostResolver resolver, Clock clock, Waiter waiter) {
        SafeFetcher fetcher = SafeFetcher.open(FetcherSettings.of(settings), resolver, clock);
        Crawler[] crawler = new Crawler[1];
        RobotsCache robots = new RobotsCache(request -> crawler[0].countingFetcher().fetch(request),
                agentName(settings.userAgent()), settings.robotsCacheFor(), clock);
        crawler[0] = new Crawler(settings, fetcher, robots, state, sink, clock, commitEvery,
                () -> ThreadLocalRandom.current().nextDouble());
        if (settings.contactUrl().isEmpty()) {
            LOG.warn("web.contact-url is not set: site owners cannot tell who runs this crawler");
        }
        return new WebIngestor(settings, crawler[0], sink, fetcher, clock, waiter);
    }

    /**
     * Polls every source once, fetches every new item's page (waiting for host delays and Retry-After as needed)
     * and publishes them; returns when all are done. For {@code newsflow run --once}.
     *
     * @throws PublishException when publishing failed for good (fatal)
     */
    public WebStats pollOnce() {
        try {
            return crawler.pollOnce(waiter, stopping::get);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("poll interrupted; what was fetched is published");
            crawler.flush();
            return WebStats.NONE;
        }
    }

    /**
     * Runs every request that is due now and publishes; returns when the next one is due (empty when nothing is
     * queued). What {@link #start} schedules; usable with a simulated clock.
     */
    public Optional<Instant> runDue() {
        return crawler.runDue(stopping::get);
    }

    /** Runs the crawl on {@code scheduler} until {@link #close()}: each run is scheduled when the next job is due. */
    public synchronized void start(ScheduledExecutorService scheduler) {
        Checks.notNull(scheduler, "scheduler");
        if (this.scheduler != null) {
            throw new IllegalStateException("already started");
        }
        this.scheduler = scheduler;
        if (settings.sourcesFile() != null) {
            long every = settings.sourcesReload().toMillis();
            reload = scheduler.scheduleWithFixedDelay(this::reloadSources, every, every, TimeUnit.MILLISECONDS);
        }
        schedule(Duration.ZERO);
    }

    /** Replaces the configured sources (the sources file's are kept); new ones are polled at once. */
    public void updateSources(List<WebSource> sources) {
        synchronized (this) {
            configured = List.copyOf(Checks.notNull(sources, "sources"));
        }
        crawler.setSources(allSources());
        wake();
    }

    /** Each source's state, for {@code newsflow sources} and metrics. */
    public List<SourceStatus> sources() {
        return crawler.snapshot();
    }

    /** Everything done since start. */
    public WebStats totals() {
        return crawler.totals();
    }

    /** Completes exceptionally when the continuous crawl stopped on a fatal error. */
    public CompletableFuture<Void> failure() {
        return failure;
    }

    @Override
    public void close() {
        stopping.set(true);
        synchronized (this) {
            if (tick != null) {
                tick.cancel(false);
            }
            if (reload != null) {
                reload.cancel(false);
            }
        }
        synchronized (crawler) { // waits for a running job; the crawler checks stopping between jobs
            sink.close();
            closeQuietly(fetcher);
        }
    }

    // ---- continuous mode

    private void scheduledRun() {
        try {
            Optional<Instant> next = crawler.runDue(stopping::get);
            Duration wait = next.map(n -> Duration.between(clock.instant(), n)).orElse(settings.minInterval());
            schedule(wait.isNegative() ? Duration.ZERO : wait);
        } catch (PublishException e) {
            LOG.error("web ingest stops: {}", e.getMessage());
            failure.completeExceptionally(e);
        } catch (RuntimeException e) {
            LOG.error("web ingest stops on an unexpected error", e);
            failure.completeExceptionally(e);
        }
    }

    private synchronized void schedule(Duration wait) {
        if (!stopping.get() && scheduler != null) {
            tick = scheduler.schedule(this::scheduledRun, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void wake() {
        if (tick != null && !stopping.get() && tick.cancel(false)) {
            schedule(Duration.ZERO);
        }
    }

    // ---- sources file

    private void reloadSources() {
        if (readSourcesFile()) {
            crawler.setSources(allSources());
            wake();
        }
    }

    /** Reads the sources file when it changed; whether it did. A bad file is logged and the old list kept. */
    private synchronized boolean readSourcesFile() {
        Path file = settings.sourcesFile();
        if (file == null || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            FileTime version = Files.getLastModifiedTime(file);
            if (version.equals(fileVersion)) {
                return false;
            }
            fromFile = ConfigLoader.readSources(file);
            fileVersion = version;
            LOG.info("sources file {}: {} sources", file, fromFile.size());
            return true;
        } catch (IOException | ConfigException e) {
            LOG.warn("cannot read sources file {}, keeping the sources it had: {}", file, e.getMessage());
            return false;
        }
    }

    private synchronized List<WebSource> allSources() {
        List<WebSource> all = new ArrayList<>(configured);
        all.addAll(fromFile);
        return all;
    }

    /** "newsflow/0.1 (+https://...)" is "newsflow" to robots.txt. */
    static String agentName(String userAgent) {
        String product = userAgent.split("[/\\s]", 2)[0].trim();
        return product.isEmpty() ? "newsflow" : product.toLowerCase(Locale.ROOT);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("closing the fetcher failed: {}", e.toString());
        }
    }
}
