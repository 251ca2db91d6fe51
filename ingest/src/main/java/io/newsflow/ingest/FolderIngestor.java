package io.newsflow.ingest;

import io.newsflow.ingest.decode.IngestLimits;
import io.newsflow.ingest.file.Discovery;
import io.newsflow.ingest.file.InputDiscovery;
import io.newsflow.ingest.file.InputFile;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.ledger.FileLedger;
import io.newsflow.ingest.ledger.FileStat;
import io.newsflow.ingest.ledger.LedgerEntry;
import io.newsflow.ingest.ledger.Sha256;
import io.newsflow.ingest.publish.PublishException;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.ingest.publish.Publisher;
import io.newsflow.model.Checks;
import io.newsflow.model.config.IngestSettings;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the input files that are new or changed since they were last published, as recorded in the ingest
 * ledger; run once ({@link #scanOnce()}) or every scan interval ({@link #start}).
 *
 * <p>A file is skipped without being read when its size and modification time match its complete ledger
 * entry; otherwise it is hashed, and skipped when the hash matches (a touched file), published from the start
 * when the hash differs (a changed file: its earlier records stay on the topics), or resumed after the last
 * committed line when the ledger shows it part-published. One instance per set of inputs and transactional id:
 * a second instance with the same transactional id fences the first.
 *
 * <p>Failure policy: a publish error the producer recovers from ends the scan (its file's open transaction is
 * aborted, nothing of it is visible) and the next scan retries; a fatal one (fenced, not authorised) stops the
 * continuous loop and completes {@link #failure()}.
 */
public final class FolderIngestor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderIngestor.class);

    private final IngestSettings settings;
    private final FileLedger ledger;
    private final Publisher publisher;
    private final FilePublication publication;
    private final InputDiscovery discovery = new InputDiscovery();
    private final Clock clock;
    private final ReentrantLock scanning = new ReentrantLock();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicReference<IngestStats> totals = new AtomicReference<>(IngestStats.NONE);
    private final CompletableFuture<Void> failure = new CompletableFuture<>();
    private final Set<Path> reportedMissing = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> loop;

    FolderIngestor(IngestSettings settings, FileLedger ledger, Publisher publisher, PublishOptions options,
                   Clock clock) {
        this.settings = Checks.notNull(settings, "settings");
        this.ledger = Checks.notNull(ledger, "ledger");
        this.publisher = Checks.notNull(publisher, "publisher");
        this.clock = Checks.notNull(clock, "clock");
        this.publication = FilePublication.of(IngestLimits.of(settings), publisher, options, clock, stopping::get);
    }

    /**
     * Opens the producer (fencing any earlier one with this transactional id and aborting its open transaction),
     * then reads the ledger to its end. Creates no topics.
     */
    public static FolderIngestor open(IngestSettings settings, KafkaTarget target, String transactionalId,
                                      PublishOptions options, Clock clock) {
        return LedgerSession.open(target, transactionalId, options, clock,
                (publisher, ledger) -> new FolderIngestor(settings, ledger, publisher, options, clock));
    }

    /** Scans the inputs once and publishes every new or changed file. */
    public IngestStats scanOnce() {
        return scan(Duration.ZERO);
    }

    /**
     * Scans now and then every {@code settings.scanInterval()} after the previous scan ended, on
     * {@code scheduler}, until {@link #close()}. Files modified within the last scan interval are left for the
     * next scan, since they may still be being written.
     */
    public synchronized void start(ScheduledExecutorService scheduler) {
        Checks.notNull(scheduler, "scheduler");
        if (loop != null) {
            throw new IllegalStateException("already started");
        }
        long interval = settings.scanInterval().toMillis();
        loop = scheduler.scheduleWithFixedDelay(this::scheduledScan, 0, interval, TimeUnit.MILLISECONDS);
    }

    /** The sum of every scan's stats so far. */
    public IngestStats totals() {
        return totals.get();
    }

    /** Completes exceptionally when the continuous loop stopped on a fatal error. */
    public CompletableFuture<Void> failure() {
        return failure;
    }

    /** Stops the loop, lets a running scan end at its next commit, and closes the producer. */
    @Override
    public void close() {
        stopping.set(true);
        synchronized (this) {
            if (loop != null) {
                loop.cancel(false);
            }
        }
        scanning.lock();
        try {
            publisher.close();
        } finally {
            scanning.unlock();
        }
    }

    private void scheduledScan() {
        try {
            IngestStats stats = scan(settings.scanInterval());
            if (stats.filesPublished() > 0) {
                LOG.info("scan published {} files: {} records accepted, {} rejected", stats.filesPublished(),
                        stats.recordsAccepted(), stats.recordsRejected());
            }
        } catch (PublishException e) {
            if (e.fatal()) {
                LOG.error("ingest stops: {}", e.getMessage());
                stopLoop(e);
            } else {
                LOG.warn("scan ended early, the next scan retries: {}", e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.error("ingest stops on an unexpected error", e);
            stopLoop(e);
        }
    }

    private synchronized void stopLoop(RuntimeException cause) {
        loop.cancel(false);
        failure.completeExceptionally(cause);
    }

    private IngestStats scan(Duration settle) {
        scanning.lock();
        try {
            if (stopping.get()) {
                return IngestStats.NONE;
            }
            Discovery found = discovery.discover(settings.inputs());
            report(found);
            Scan scan = new Scan(found, settle);
            for (InputFile file : found.files()) {
                if (stopping.get()) {
                    break;
                }
                scan.visit(file);
            }
            IngestStats stats = scan.stats();
            totals.accumulateAndGet(stats, IngestStats::plus);
            return stats;
        } finally {
            scanning.unlock();
        }
    }

    private void report(Discovery found) {
        for (Path missing : found.missing()) {
            if (reportedMissing.add(missing)) {
                LOG.warn("input {} does not exist or is not a file or folder; it is picked up when it appears",
                        missing);
            }
        }
        found.problems().forEach(problem -> LOG.warn("{}", problem));
    }

    /** One scan's decisions and counts. */
    private final class Scan {
        private final Duration settle;
        private final int seen;
        private final int ignored;
        private int published;
        private int skipped;
        private int deferred;
        private long accepted;
        private long rejected;

        Scan(Discovery found, Duration settle) {
            this.settle = settle;
            this.seen = found.files().size();
            this.ignored = found.ignored().size();
        }

        void visit(InputFile file) {
            String key = file.identity();
            Optional<FileStat> stat = stat(file);
            if (stat.isEmpty()) {
                return;
            }
            Optional<LedgerEntry> entry = ledger.get(key);
            if (entry.map(e -> e.unchanged(stat.get())).orElse(false)) {
                skipped++;
            } else if (settling(stat.get())) {
                deferred++;
            } else {
                hashAndPublish(file, key, stat.get(), entry);
            }
        }

        private boolean settling(FileStat stat) {
            return !settle.isZero() && stat.modifiedAt().isAfter(clock.instant().minus(settle));
        }

        private void hashAndPublish(InputFile file, String key, FileStat stat, Optional<LedgerEntry> entry) {
            String sha = sha256(file);
            if (entry.map(e -> e.covers(stat, sha)).orElse(false)) {
                skipped++;
                remember(key, entry.get(), stat);
                return;
            }
            boolean resume = sha != null && entry.map(e -> !e.complete() && sha.equals(e.sha256())).orElse(false);
            LedgerTrack track = resume ? LedgerTrack.resuming(ledger, key, stat, entry.get())
                    : LedgerTrack.fresh(ledger, key, sha, stat);
            LOG.debug("publishing {}{}", file.sourcePath(), resume ? " from line " + (track.linesBefore() + 1) : "");
            FileOutcome outcome = publication.publish(file, track, soFar -> { });
            published++;
            accepted += outcome.accepted();
            rejected += outcome.rejected();
        }

        /** A touched but unchanged file: the ledger learns its new time, so it is not hashed at every scan. */
        private void remember(String key, LedgerEntry entry, FileStat stat) {
            if (!stat.equals(new FileStat(entry.size(), entry.modifiedAt()))) {
                LedgerEntry touched = new LedgerEntry(entry.sha256(), stat.size(), stat.modifiedAt(), entry.records(),
                        entry.rejected(), entry.linesDone(), true, clock.instant());
                publisher.begin();
                publisher.mark(key, touched);
                publisher.commit();
                ledger.remember(key, touched);
            }
        }

        IngestStats stats() {
            return new IngestStats(seen, published, skipped, ignored, deferred, accepted, rejected);
        }
    }

    /**
     * The file's size and time; empty when it vanished since discovery, or when its attributes cannot be read
     * (logged, and tried again at the next scan).
     */
    private static Optional<FileStat> stat(InputFile file) {
        try {
            return Optional.of(FileStat.of(file.path()));
        } catch (NoSuchFileException e) {
            LOG.debug("{} vanished before it was read", file.path());
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("cannot read the attributes of {}, trying again at the next scan: {}", file.path(), e.toString());
            return Optional.empty();
        }
    }

    /** The file's hash, or null when it cannot be read (it is then published as an unreadable dead letter). */
    private static String sha256(InputFile file) {
        try {
            return Sha256.of(file.path());
        } catch (IOException e) {
            LOG.debug("cannot hash {}: {}", file.path(), e.toString());
            return null;
        }
    }
}
