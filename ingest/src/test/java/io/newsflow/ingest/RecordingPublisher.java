package io.newsflow.ingest;

import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.ledger.LedgerEntry;
import io.newsflow.ingest.publish.PublishException;
import io.newsflow.ingest.publish.Publisher;
import java.util.ArrayList;
import java.util.List;

/** A publisher that keeps committed transactions in memory, and can fail a chosen commit. */
final class RecordingPublisher implements Publisher {
    /** A ledger entry sent in a transaction. */
    record Mark(String fileKey, LedgerEntry entry) {
    }

    final List<List<Object>> committed = new ArrayList<>();
    private List<Object> open;
    private int commits;
    private int failingCommit = -1;

    /** The {@code n}-th commit from now (1 = the next) fails with a retriable error. */
    void failCommit(int n) {
        failingCommit = commits + n;
    }

    List<IngestItem> items() {
        return committed.stream().flatMap(List::stream).filter(IngestItem.class::isInstance)
                .map(IngestItem.class::cast).toList();
    }

    List<Mark> marks() {
        return committed.stream().flatMap(List::stream).filter(Mark.class::isInstance).map(Mark.class::cast).toList();
    }

    @Override
    public void begin() {
        if (open != null) {
            throw new IllegalStateException("a transaction is already open");
        }
        open = new ArrayList<>();
    }

    @Override
    public IngestItem send(IngestItem item) {
        requireOpen().add(item);
        return item;
    }

    @Override
    public void mark(String fileKey, LedgerEntry entry) {
        requireOpen().add(new Mark(fileKey, entry));
    }

    @Override
    public void commit() {
        List<Object> transaction = requireOpen();
        open = null;
        if (++commits == failingCommit) {
            throw new PublishException("commit failed (test)", false, null);
        }
        committed.add(transaction);
    }

    @Override
    public void abort() {
        open = null;
    }

    @Override
    public void close() {
        open = null;
    }

    private List<Object> requireOpen() {
        if (open == null) {
            throw new IllegalStateException("no open transaction");
        }
        return open;
    }
}
