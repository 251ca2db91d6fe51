package io.newsflow.processing.topology;

import io.newsflow.processing.tag.TermStatistics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Document frequencies of terms, kept in a Kafka Streams store so that keyword weights adapt to the stream and
 * survive restarts. Each task counts the articles of its own partitions: with articles spread evenly over
 * partitions that is an unbiased sample of the whole stream's frequencies.
 * <p>
 * An article reads and counts several hundred terms, and through the store each read and each write costs a
 * serialisation and a cache or RocksDB operation — more than tagging the article. So counts are read from a
 * bounded mirror of the terms this task last used ({@value #MIRRORED_TERMS}, least recently used out), and
 * new counts wait in memory for {@value #ARTICLES_PER_WRITE} articles, then each changed term is written once,
 * all in one {@code putAll} (the store has no cache: RocksDB takes them as one write batch).
 * Reads always see the pending counts, so the weights are those of counting every article at once. The tagging
 * processor also writes them once a second ({@link TaggingProcessor#WRITE_EVERY}), so a slow stream (a few
 * articles an hour) does not keep them in memory for long. The price: when a task stops, the counts of the
 * articles it tagged since its last write (under a second's, and fewer than {@value #ARTICLES_PER_WRITE}) are not
 * kept — a few articles missing from a sample of the stream, never an output record. (Writing them when the
 * processor closes does not help under exactly-once: Kafka Streams makes its last commit before it closes the
 * processors, and what they write then is aborted.) Mirror and pending counts are made anew whenever the task is
 * (re)initialised, so they never outlive the store they stand for.
 */
final class StoreTermStatistics implements TermStatistics {
    /** The key under which the number of counted documents is kept; no term is empty. */
    private static final String DOCUMENTS = "";
    static final int MIRRORED_TERMS = 50_000;
    static final int ARTICLES_PER_WRITE = 32;

    private final KeyValueStore<String, Long> store;
    private final Map<String, Long> pending = new HashMap<>();
    private final Map<String, Long> mirror = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MIRRORED_TERMS;
        }
    };
    private int unwritten;

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

    /** Counts one article's distinct terms. */
    void count(Set<String> terms) {
        pending.put(DOCUMENTS, documents() + 1);
        for (String term : terms) {
            if (!term.isEmpty()) {
                // one look-up of the pending counts where get and put took two: most terms of an article are new to
                // the batch, and an article counts hundreds of them
                pending.compute(term, (t, count) -> (count != null ? count : storedValueOf(t)) + 1);
            }
        }
        if (++unwritten >= ARTICLES_PER_WRITE) {
            write();
        }
    }

    /** Writes the pending counts to the store, as one batch; nothing when none are pending. */
    void write() {
        if (pending.isEmpty()) {
            return;
        }
        List<KeyValue<String, Long>> batch = new ArrayList<>(pending.size());
        pending.forEach((term, count) -> batch.add(KeyValue.pair(term, count)));
        store.putAll(batch);
        mirror.putAll(pending);
        pending.clear();
        unwritten = 0;
    }

    private long valueOf(String key) {
        Long value = pending.get(key);
        return value != null ? value : storedValueOf(key);
    }

    /** The count as last written: from the mirror, else read from the store into it. */
    private long storedValueOf(String key) {
        Long value = mirror.get(key);
        if (value == null) {
            Long stored = store.get(key);
            value = stored == null ? 0L : stored;
            mirror.put(key, value);
        }
        return value;
    }
}
