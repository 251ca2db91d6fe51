package io.newsflow.ingest.publish;

import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.ledger.LedgerEntry;

/**
 * Publishes items in transactions: everything sent between {@link #begin()} and {@link #commit()} becomes
 * visible to {@code read_committed} consumers at once, or not at all. A failed call has already aborted the
 * open transaction and throws {@link PublishException}.
 */
public interface Publisher extends AutoCloseable {

    void begin();

    /**
     * Sends an accepted item to the raw topic or a refused one to the rejected topic.
     *
     * @return the item as sent: an accepted item too large for the raw topic is sent as refused
     *         ({@code too-large}) instead
     */
    IngestItem send(IngestItem item);

    /** Sends a ledger entry for the file {@code fileKey}, in the open transaction; a null entry deletes it. */
    void mark(String fileKey, LedgerEntry entry);

    void commit();

    void abort();

    @Override
    void close();
}
