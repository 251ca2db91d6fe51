package io.newsflow.ingest;

import io.newsflow.ingest.ledger.FileLedger;
import io.newsflow.ingest.ledger.FileStat;
import io.newsflow.ingest.ledger.LedgerEntry;
import java.time.Instant;

/**
 * How a file's publication is recorded in the ledger: the version being published and what earlier runs
 * already published of it (when resuming).
 */
record LedgerTrack(FileLedger ledger, String fileKey, String sha256, FileStat stat, long recordsBefore,
                   long rejectedBefore, long linesBefore) {

    static LedgerTrack fresh(FileLedger ledger, String fileKey, String sha256, FileStat stat) {
        return new LedgerTrack(ledger, fileKey, sha256, stat, 0, 0, 0);
    }

    static LedgerTrack resuming(FileLedger ledger, String fileKey, FileStat stat, LedgerEntry done) {
        return new LedgerTrack(ledger, fileKey, done.sha256(), stat, done.records(), done.rejected(),
                done.linesDone());
    }

    LedgerEntry entry(long linesDone, FileOutcome run, boolean complete, Instant at) {
        return new LedgerEntry(sha256, stat.size(), stat.modifiedAt(), recordsBefore + run.accepted(),
                rejectedBefore + run.rejected(), Math.max(linesBefore, linesDone), complete, at);
    }
}
