package io.newsflow.ingest;

import io.newsflow.ingest.decode.FileDecoder;
import io.newsflow.ingest.decode.IngestLimits;
import io.newsflow.ingest.file.Discovery;
import io.newsflow.ingest.file.InputDiscovery;
import io.newsflow.ingest.file.InputFile;
import io.newsflow.ingest.item.ItemFactory;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.ingest.publish.Publisher;
import io.newsflow.ingest.publish.RawPublisher;
import io.newsflow.model.Checks;
import io.newsflow.model.config.IngestSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the given files and folders unconditionally, whether or not they were published before: the
 * ledger is neither read nor written. Each file is published in transactions of
 * {@link PublishOptions#commitEvery()} records; a replay that fails or is stopped midway leaves the committed
 * part published, and replaying again publishes everything again.
 */
public final class Replayer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Replayer.class);

    private final Publisher publisher;
    private final FilePublication publication;
    private final InputDiscovery discovery = new InputDiscovery();
    private final Clock clock;
    private final AtomicBoolean stopping = new AtomicBoolean();

    Replayer(IngestLimits limits, Publisher publisher, PublishOptions options, Clock clock) {
        this.publisher = Checks.notNull(publisher, "publisher");
        this.clock = Checks.notNull(clock, "clock");
        FileDecoder decoder = new FileDecoder(Checks.notNull(limits, "limits"), ItemFactory.withTimeOrderedIds(clock));
        this.publication = new FilePublication(decoder, publisher, Checks.notNull(options, "options").commitEvery(),
                clock, stopping::get);
    }

    /** Opens the producer; the limits come from {@code settings} (its inputs are not used). Creates no topics. */
    public static Replayer open(IngestSettings settings, KafkaTarget target, String transactionalId,
                                PublishOptions options, Clock clock) {
        Checks.notNull(settings, "settings");
        return new Replayer(IngestLimits.of(settings), RawPublisher.open(target, transactionalId, options), options,
                clock);
    }

    /**
     * Publishes every article file under {@code inputs}.
     *
     * @throws IllegalArgumentException when an input does not exist, before anything is published
     * @throws io.newsflow.ingest.publish.PublishException when publishing fails; the file being published when
     *                                                     it failed has its open transaction aborted
     */
    public IngestStats replay(List<Path> inputs, ReplayListener listener) {
        Checks.notNull(listener, "listener");
        Discovery found = discovery.discover(Checks.notNull(inputs, "inputs"));
        if (!found.missing().isEmpty()) {
            throw new IllegalArgumentException("input does not exist or is not a file or folder: "
                    + found.missing().get(0));
        }
        found.problems().forEach(problem -> LOG.warn("{}", problem));
        Progress progress = new Progress(found.files().size(), listener);
        int published = 0;
        for (InputFile file : found.files()) {
            if (stopping.get()) {
                break;
            }
            FileOutcome outcome = publication.publish(file, null, progress::committed);
            progress.fileDone(outcome);
            published++;
        }
        return new IngestStats(found.files().size(), published, 0, found.ignored().size(), 0, progress.accepted,
                progress.rejected);
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
