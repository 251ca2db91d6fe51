package io.newsflow.processing.topology;

import io.newsflow.processing.tag.TermStatistics;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Document frequencies of terms, kept in a Kafka Streams store so that keyword weights adapt to the stream and
 * survive restarts. Each task counts the articles of its own partitions: with articles spread evenly over
 * partitions that is an unbiased sample of the whole stream's frequencies.
 */
final class StoreTermStatistics implements TermStatistics {
    /** The key under which the number of counted documents is kept; no term is empty. */
    private static final String DOCUMENTS = "";

    private final KeyValueStore<String, Long> store;

    StoreTermStatistics(KeyValueStore<String, Long> store) {
        this.store = store;
    }

    @Override
    public long documents() {
        return valueOf(DOCUMENTS);
    }

    @Override
    public long documentFrequency(String term) {
        return valueOf(term);
    }

    void count(Set<String> terms) {
        store.put(DOCUMENTS, documents() + 1);
        for (String term : terms) {
            if (!term.isEmpty()) {
                store.put(term, valueOf(term) + 1);
            }
        }
    }

    private long valueOf(String key) {
        Long value = store.get(key);
        return value == null ? 0 : value;
    }
}
