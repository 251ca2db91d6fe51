package io.newsflow.ingest.web;

import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.state.FetchStateEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps what was published in memory. */
final class RecordingWebSink implements WebSink {
    final List<IngestItem> items = new ArrayList<>();
    final Map<String, FetchStateEntry> state = new LinkedHashMap<>();
    int commits;

    @Override
    public synchronized List<IngestItem> publish(List<IngestItem> newItems, Map<String, FetchStateEntry> newState) {
        items.addAll(newItems);
        state.putAll(newState);
        commits++;
        return newItems;
    }

    @Override
    public void close() {
    }
}
