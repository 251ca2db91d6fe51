package io.newsflow.processing.dedup;

import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * A dedup memory over a window store: what was seen under a key within the dedup window of a record's time.
 * The store's retention bounds it; its changelog makes it survive restarts and move with its partition.
 */
public final class SeenStore {
    private final WindowStore<String, SeenArticle> store;
    private final long windowMs;

    public SeenStore(WindowStore<String, SeenArticle> store, Duration window) {
        this.store = store;
        this.windowMs = window.toMillis();
    }

    /** The earliest article remembered under the key within the window around {@code timestamp}. */
    public Optional<SeenArticle> first(String key, long timestamp) {
        try (WindowStoreIterator<SeenArticle> it = store.fetch(key, timestamp - windowMs, timestamp + windowMs)) {
            return it.hasNext() ? Optional.of(it.next().value) : Optional.empty();
        }
    }

    /** The latest article remembered under the key within the window around {@code timestamp}. */
    public Optional<SeenArticle> latest(String key, long timestamp) {
        try (WindowStoreIterator<SeenArticle> it =
                     store.backwardFetch(key, timestamp - windowMs, timestamp + windowMs)) {
            return it.hasNext() ? Optional.of(it.next().value) : Optional.empty();
        }
    }

    public void remember(String key, SeenArticle seen, long timestamp) {
        store.put(key, seen, timestamp);
    }
}
