package io.newsflow.processing.topology;

import io.newsflow.processing.clean.template.TemplateStats;
import io.newsflow.processing.clean.template.TemplateStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The cleaner's per-site template statistics in a Kafka Streams store (changelogged, so they survive restarts and
 * move with their partition). Sites not updated within the retention are dropped by {@link #expire}.
 * <p>
 * Reads go to a bounded mirror of the sites this task last read or wrote ({@value #MIRRORED_SITES}, least
 * recently used out), so a site's statistics are not deserialised again for each of its articles; every write
 * still goes to the store. The mirror is made anew whenever the task is (re)initialised.
 */
final class StoreTemplates implements TemplateStore {
    static final int MIRRORED_SITES = 256;

    private final KeyValueStore<String, TemplateStats> store;
    private final Map<String, TemplateStats> mirror = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TemplateStats> eldest) {
            return size() > MIRRORED_SITES;
        }
    };

    StoreTemplates(KeyValueStore<String, TemplateStats> store) {
        this.store = store;
    }

    @Override
    public TemplateStats get(String site) {
        TemplateStats known = mirror.get(site);
        if (known != null) {
            return known;
        }
        TemplateStats stats = store.get(site);
        TemplateStats value = stats == null ? TemplateStats.EMPTY : stats;
        mirror.put(site, value);
        return value;
    }

    @Override
    public void put(String site, TemplateStats stats) {
        store.put(site, stats);
        mirror.put(site, stats);
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
        stale.forEach(site -> {
            store.delete(site);
            mirror.remove(site);
        });
        return stale.size();
    }
}
