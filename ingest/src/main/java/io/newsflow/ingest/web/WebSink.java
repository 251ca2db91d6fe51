package io.newsflow.ingest.web;

import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.state.FetchStateEntry;
import java.util.List;
import java.util.Map;

/**
 * Where web ingest's outcomes go: records and the fetch-state entries that account for them, in one transaction.
 */
public interface WebSink extends AutoCloseable {

    /**
     * Publishes {@code items} (accepted to raw, refused to rejected) and {@code state} (null values are tombstones)
     * atomically.
     *
     * @return the items as sent (an accepted item too large for the raw topic is sent refused)
     * @throws io.newsflow.ingest.publish.PublishException when it failed; nothing of it is visible
     */
    List<IngestItem> publish(List<IngestItem> items, Map<String, FetchStateEntry> state);

    @Override
    void close();
}
