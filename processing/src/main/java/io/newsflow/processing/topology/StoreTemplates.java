package io.newsflow.processing.topology;

import io.newsflow.processing.clean.template.TemplateStats;
import io.newsflow.processing.clean.template.TemplateStore;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The cleaner's per-site template statistics in a Kafka Streams store (changelogged, so they survive restarts and
 * move with their partition). Sites not updated within the retention are dropped by {@link #expire}.
 */
final class StoreTemplates implements TemplateStore {
    private final KeyValueStore<String, TemplateStats> store;

    StoreTemplates(KeyValueStore<String, TemplateStats> store) {
        this.store = store;
    }

    @Override
    public TemplateStats get(String site) {
        TemplateStats stats = store.get(site);
        return stats == null ? TemplateStats.EMPTY : stats;
    }

    @Override
    public void put(String site, TemplateStats stats) {
        store.put(site, stats);
    }

    /** Forgets every site last updated before {@code cutoffMillis}; returns how many. */
    int expire(long cutoffMillis) {
        List<String> stale = new ArrayList<>();
        try (KeyValueIterator<String, TemplateStats> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, TemplateStats> entry = all.next();
                if (entry.value.updatedMillis() < cutoffMillis) {
                    stale.add(entry.key);
                }
            }
        }
        stale.forEach(store::delete);
        return stale.size();
    }
}
