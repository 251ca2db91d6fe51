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
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.ingest.publish.Publisher;
import io.newsflow.model.Checks;
import io.newsflow.model.config.IngestSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the given files and folders whether or not the ingest stage published them before. Each file is
 * published in transactions of {@link PublishOptions#commitEvery()} records, and each transaction carries the
 * file's entry for this replay run in the ingest ledger ({@link ReplayRun}), so the ledger in Kafka says exactly
 * how far the run got. {@link ReplayMode#NEW} starts a new run (the records come out again, as duplicates);
 * {@link ReplayMode#RESUME} finishes the last run of the same inputs after a crash or a stop: each record of it
 * is published once in all.
 */
public final class Replayer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Replayer.class);

    private final Publisher publisher;
    private final FileLedger ledger;
    private final FilePublication publication;
    private final InputDiscovery discovery = new InputDiscovery();
    private final Clock clock;
    private final AtomicBoolean stopping = new AtomicBoolean();

    Replayer(IngestLimits limits, Publisher publisher, PublishOptions options, Clock clock) {
        this(limits, publisher, FileLedger.empty(), options, clock);
    }

    Replayer(IngestLimits limits, Publisher publisher, FileLedger ledger, PublishOptions options, Clock clock) {
        this.publisher = Checks.notNull(publisher, "publisher");
        this.ledger = Checks.notNull(ledger, "ledger");
        this.clock = Checks.notNull(clock, "clock");
        this.publication = FilePublication.of(limits, publisher, options, clock, stopping::get);
    }

    /**
     * Opens the producer (fencing an earlier replayer with this transactional id and aborting what it left open)
     * and reads the ingest ledger; the limits come from {@code settings} (its inputs are not used). Creates no
     * topics.
     */
    public static Replayer open(IngestSettings settings, KafkaTarget target, String transactionalId,
                                PublishOptions options, Clock clock) {
        Checks.notNull(settings, "settings");
        return LedgerSession.open(target, transactionalId, options, clock,
                (publisher, ledger) -> new Replayer(IngestLimits.of(settings), publisher, ledger, options, clock));
    }

    /** A new replay of every article file under {@code inputs}: {@link ReplayMode#NEW}. */
    public IngestStats replay(List<Path> inputs, ReplayListener listener) {
        return replay(inputs, ReplayMode.NEW, listener);
    }

    /**
     * Publishes every article file under {@code inputs}, or, resuming, what the last replay of them left.
     *
     * @throws IllegalArgumentException when an input does not exist, before anything is published
     * @throws io.newsflow.ingest.publish.PublishException when publishing fails; the file being published when
     *                                                     it failed has its open transaction aborted, and
     *                                                     {@link ReplayMode#RESUME} continues from there
     */
    public IngestStats replay(List<Path> inputs, ReplayMode mode, ReplayListener listener) {
        Checks.notNull(inputs, "inputs");
        Checks.notNull(mode, "mode");
        Checks.notNull(listener, "listener");
        Discovery found = discovery.discover(inputs);
        if (!found.missing().isEmpty()) {
            throw new IllegalArgumentException("input does not exist or is not a file or folder: "
                    + found.missing().get(0));
        }
        found.problems().forEach(problem -> LOG.warn("{}", problem));
        Optional<ReplayRun> last = mode == ReplayMode.RESUME ? ReplayRun.latest(ledger, inputs) : Optional.empty();
        if (last.isPresent() && last.get().complete(ledger)) {
            LOG.info("the last replay of these inputs ({}) is complete: nothing to resume", last.get().id());
            return new IngestStats(found.files().size(), 0, found.files().size(), found.ignored().size(), 0, 0, 0);
        }
        ReplayRun run = last.orElseGet(() -> ReplayRun.start(inputs, clock.instant()));
        last.ifPresent(r -> LOG.info("resuming replay {}", r.id()));
        return replayRun(run, found, listener);
    }

    private IngestStats replayRun(ReplayRun run, Discovery found, ReplayListener listener) {
        Progress progress = new Progress(found.files().size(), listener);
        int published = 0;
        int skipped = 0;
        for (InputFile file : found.files()) {
            if (stopping.get()) {
                return stats(found, published, skipped, progress);
            }
            Optional<LedgerTrack> track = trackOf(run, file);
            if (track.isEmpty()) {
                skipped++;
                progress.fileDone(new FileOutcome(0, 0, true));
                continue;
            }
            FileOutcome outcome = publication.publish(file, track.get(), progress::committed);
            progress.fileDone(outcome);
            published++;
            if (!outcome.finished()) {
                return stats(found, published, skipped, progress);
            }
        }
        finish(run, found.files().size(), progress);
        return stats(found, published, skipped, progress);
    }

    /** Empty when this run already published the file; else where to start it (again). */
    private Optional<LedgerTrack> trackOf(ReplayRun run, InputFile file) {
        String key = run.fileKey(file);
        Optional<LedgerEntry> entry = ledger.get(key);
        FileStat stat = statOf(file);
        String sha = sha256(file);
        if (entry.map(e -> e.covers(stat, sha)).orElse(false)) {
            return Optional.empty();
        }
        boolean resume = sha != null && entry.map(e -> !e.complete() && sha.equals(e.sha256())).orElse(false);
        return Optional.of(resume ? LedgerTrack.resuming(ledger, key, stat, entry.get())
                : LedgerTrack.fresh(ledger, key, sha, stat));
    }

    /** Marks the run complete and deletes its file entries, in one transaction. */
    private void finish(ReplayRun run, int files, Progress progress) {
        List<String> fileKeys = run.fileKeys(ledger);
        LedgerEntry done = new LedgerEntry(null, files, progress.started, progress.accepted, progress.rejected, 0,
                true, clock.instant());
        publisher.begin();
        publisher.mark(run.doneKey(), done);
        fileKeys.forEach(key -> publisher.mark(key, null));
        publisher.commit();
        ledger.remember(run.doneKey(), done);
        fileKeys.forEach(ledger::forget);
    }

    private static IngestStats stats(Discovery found, int published, int skipped, Progress progress) {
        return new IngestStats(found.files().size(), published, skipped, found.ignored().size(), 0,
                progress.accepted, progress.rejected);
    }

    /** The file's size and time; a file that cannot be stat'ed is published (and rejected as unreadable). */
    private static FileStat statOf(InputFile file) {
        try {
            return FileStat.of(file.path());
        } catch (IOException e) {
            LOG.debug("cannot read the attributes of {}: {}", file.path(), e.toString());
            return new FileStat(-1, Instant.EPOCH);
        }
    }

    private static String sha256(InputFile file) {
        try {
            return Sha256.of(file.path());
        } catch (IOException e) {
            LOG.debug("cannot hash {}: {}", file.path(), e.toString());
            return null;
        }
    }

    /** Asks a running replay to stop at its next commit; may be called from another thread. */
    public void stop() {
        stopping.set(true);
    }

    @Override
    public void close() {
        publisher.close();
    }

    /** Counts across files and reports them. */
    private final class Progress {
        private final int filesTotal;
        private final ReplayListener listener;
        private final Instant started = clock.instant();
        private int filesDone;
        private long accepted;
        private long rejected;

        Progress(int filesTotal, ReplayListener listener) {
            this.filesTotal = filesTotal;
            this.listener = listener;
        }

        /** Within a file: reported at each commit but the file's last, which {@link #fileDone} reports. */
        void committed(FileOutcome soFar) {
            if (!soFar.finished()) {
                report(accepted + soFar.accepted(), rejected + soFar.rejected());
            }
        }

        void fileDone(FileOutcome outcome) {
            accepted += outcome.accepted();
            rejected += outcome.rejected();
            filesDone += outcome.finished() ? 1 : 0;
            report(accepted, rejected);
        }

        private void report(long acceptedSoFar, long rejectedSoFar) {
            listener.progress(new ReplayProgress(filesDone, filesTotal, acceptedSoFar, rejectedSoFar,
                    Duration.between(started, clock.instant())));
        }
    }
}
