package io.newsflow.ingest.ledger;

import io.newsflow.ingest.kafka.CompactedTopic;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.model.Checks;
import io.newsflow.model.kafka.JsonSerde;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which input files are published, read from the compacted ingest-ledger topic at start and kept up to date in
 * memory as this process commits. The topic is the state; this map is its view, one entry per file ever
 * ingested (compaction keeps the topic to the same size).
 *
 * <p>Only committed entries are read ({@code read_committed}); an entry written in the same transaction as a
 * file's records is therefore present exactly when those records are. An entry that cannot be parsed is
 * ignored with a warning: its file is ingested again, which duplicates records rather than losing them.
 */
public final class FileLedger {
    private static final Logger LOG = LoggerFactory.getLogger(FileLedger.class);
    private static final JsonSerde<LedgerEntry> SERDE = JsonSerde.of(LedgerEntry.class);

    private final Map<String, LedgerEntry> entries = new ConcurrentHashMap<>();

    private FileLedger() {
    }

    /** An empty ledger, as for a topic with no entries. */
    public static FileLedger empty() {
        return new FileLedger();
    }

    /**
     * Reads the ledger topic to its end.
     *
     * @throws IllegalStateException when the topic does not exist or cannot be read to its end within
     *                               {@code timeout}
     */
    public static FileLedger load(KafkaTarget target, Duration timeout, Clock clock) {
        Checks.notNull(target, "target");
        Checks.notNull(timeout, "timeout");
        Checks.notNull(clock, "clock");
        FileLedger ledger = new FileLedger();
        String topic = target.ledgerTopic();
        CompactedTopic.readToEnd(target, topic, timeout, clock, ledger::apply);
        LOG.info("ingest ledger '{}' loaded: {} files", topic, ledger.size());
        return ledger;
    }

    public Optional<LedgerEntry> get(String fileKey) {
        return Optional.ofNullable(entries.get(Checks.notNull(fileKey, "fileKey")));
    }

    /** Records an entry this process committed to the topic. */
    public void remember(String fileKey, LedgerEntry entry) {
        entries.put(Checks.notNull(fileKey, "fileKey"), Checks.notNull(entry, "entry"));
    }

    /** Deletes an entry this process committed a tombstone for. */
    public void forget(String fileKey) {
        entries.remove(Checks.notNull(fileKey, "fileKey"));
    }

    /** The entries whose key starts with {@code prefix}. */
    public Map<String, LedgerEntry> withPrefix(String prefix) {
        Checks.notNull(prefix, "prefix");
        Map<String, LedgerEntry> found = new TreeMap<>();
        entries.forEach((key, entry) -> {
            if (key.startsWith(prefix)) {
                found.put(key, entry);
            }
        });
        return found;
    }

    public int size() {
        return entries.size();
    }

    /** The entry as the ledger topic's value. */
    public static byte[] serialize(LedgerEntry entry) {
        return SERDE.toBytes(entry);
    }

    private void apply(String key, byte[] value) {
        if (value == null) {
            entries.remove(key);
            return;
        }
        try {
            entries.put(key, SERDE.fromBytes(value));
        } catch (SerializationException e) {
            entries.remove(key);
            LOG.warn("ignoring an unreadable ledger entry for {}; the file will be ingested again: {}", key,
                    e.getMessage());
        }
    }
}
