package io.newsflow.ingest;

import io.newsflow.ingest.decode.FileDecoder;
import io.newsflow.ingest.decode.IngestLimits;
import io.newsflow.ingest.file.InputFile;
import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.item.ItemFactory;
import io.newsflow.ingest.ledger.LedgerEntry;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.ingest.publish.Publisher;
import io.newsflow.model.Checks;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Publishes one file in transactions of at most {@code commitEvery} records. With a ledger track, each
 * transaction also carries the file's ledger entry: "published up to line n" while the file is in progress,
 * "complete" with its last transaction. A crash therefore leaves the ledger exactly at the last committed
 * record, and a restart on the same file version resumes after it: no record is lost or published twice.
 * Without a track (replay) a crash mid-file leaves the committed part published, and replaying the file
 * publishes it whole again.
 *
 * <p>A stop request is honoured at a commit: the file is left part-published and resumed later.
 */
final class FilePublication {
    private final FileDecoder decoder;
    private final Publisher publisher;
    private final int commitEvery;
    private final Clock clock;
    private final BooleanSupplier stopRequested;

    FilePublication(FileDecoder decoder, Publisher publisher, int commitEvery, Clock clock,
                    BooleanSupplier stopRequested) {
        this.decoder = decoder;
        this.publisher = publisher;
        this.commitEvery = commitEvery;
        this.clock = clock;
        this.stopRequested = stopRequested;
    }

    /** Publication of files read within {@code limits}, their records given time-ordered ids. */
    static FilePublication of(IngestLimits limits, Publisher publisher, PublishOptions options, Clock clock,
                              BooleanSupplier stopRequested) {
        FileDecoder decoder = new FileDecoder(Checks.notNull(limits, "limits"), ItemFactory.withTimeOrderedIds(clock));
        return new FilePublication(decoder, publisher, Checks.notNull(options, "options").commitEvery(), clock,
                stopRequested);
    }

    /**
     * @param track    the ledger track, or null to write no ledger entries
     * @param onCommit told the file's counts so far after each commit
     */
    FileOutcome publish(InputFile file, LedgerTrack track, Consumer<FileOutcome> onCommit) {
        Run run = new Run(track, onCommit);
        publisher.begin();
        try {
            decoder.decode(file, track == null ? 0 : track.linesBefore(), run::add);
        } catch (StopRequested stop) {
            return run.outcome(false);
        } catch (RuntimeException e) {
            publisher.abort();
            throw e;
        }
        run.commit(true);
        return run.outcome(true);
    }

    /** The state of publishing one file. */
    private final class Run {
        private final LedgerTrack track;
        private final Consumer<FileOutcome> onCommit;
        private long accepted;
        private long rejected;
        private long lastLine;
        private int inTransaction;

        Run(LedgerTrack track, Consumer<FileOutcome> onCommit) {
            this.track = track;
            this.onCommit = onCommit;
        }

        void add(IngestItem item) {
            IngestItem sent = publisher.send(item);
            if (sent instanceof IngestItem.Accepted) {
                accepted++;
            } else {
                rejected++;
            }
            lastLine = item.source().line() == null ? lastLine : item.source().line();
            if (++inTransaction >= commitEvery) {
                commit(false);
                if (stopRequested.getAsBoolean()) {
                    throw new StopRequested();
                }
                publisher.begin();
            }
        }

        void commit(boolean complete) {
            LedgerEntry entry = track == null ? null : track.entry(lastLine, outcome(complete), complete, clock.instant());
            if (entry != null) {
                publisher.mark(track.fileKey(), entry);
            }
            publisher.commit();
            inTransaction = 0;
            if (entry != null) {
                track.ledger().remember(track.fileKey(), entry);
            }
            onCommit.accept(outcome(complete));
        }

        FileOutcome outcome(boolean finished) {
            return new FileOutcome(accepted, rejected, finished);
        }
    }

    /** Unwinds the decoder after a commit when a stop was requested. */
    private static final class StopRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopRequested() {
            super("stop requested", null, false, false);
        }
    }
}
