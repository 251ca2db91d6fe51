package io.newsflow.ingest.ledger;

import io.newsflow.ingest.kafka.ClientConfigs;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.model.Checks;
import io.newsflow.model.kafka.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
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
    private static final Duration POLL = Duration.ofMillis(200);
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
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                ClientConfigs.readCommitted(target, "newsflow-ingest-ledger-loader"))) {
            List<TopicPartition> partitions = partitions(consumer, topic, timeout);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Instant deadline = clock.instant().plus(timeout);
            while (!caughtUp(consumer, end)) {
                if (clock.instant().isAfter(deadline)) {
                    throw new IllegalStateException("could not read the ingest ledger '" + topic + "' to its end"
                            + " within " + timeout);
                }
                consumer.poll(POLL).forEach(ledger::apply);
            }
        }
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

    public int size() {
        return entries.size();
    }

    /** The entry as the ledger topic's value. */
    public static byte[] serialize(LedgerEntry entry) {
        return SERDE.toBytes(entry);
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            LOG.warn("ignoring a ledger record without a key at {}-{}@{}", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        String key = new String(record.key(), StandardCharsets.UTF_8);
        if (record.value() == null) {
            entries.remove(key);
            return;
        }
        try {
            entries.put(key, SERDE.fromBytes(record.value()));
        } catch (SerializationException e) {
            entries.remove(key);
            LOG.warn("ignoring an unreadable ledger entry for {}; the file will be ingested again: {}", key,
                    e.getMessage());
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic, Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("the ingest ledger topic '" + topic + "' does not exist; create the"
                    + " topics before starting ingest");
        }
        return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).collect(Collectors.toList());
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
