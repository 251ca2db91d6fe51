package io.newsflow.ingest.kafka;

import io.newsflow.model.Checks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a compacted state topic (the ingest ledger, the web fetch state) from the beginning to its current end,
 * committed records only, handing each keyed record to a callback (a null value is a tombstone).
 */
public final class CompactedTopic {
    private static final Logger LOG = LoggerFactory.getLogger(CompactedTopic.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private CompactedTopic() {
    }

    /**
     * @throws IllegalStateException when the topic does not exist or cannot be read to its end within {@code timeout}
     */
    public static void readToEnd(KafkaTarget target, String topic, Duration timeout, Clock clock,
                                 BiConsumer<String, byte[]> onRecord) {
        Checks.notNull(target, "target");
        Checks.notBlank(topic, "topic");
        Checks.notNull(timeout, "timeout");
        Checks.notNull(clock, "clock");
        Checks.notNull(onRecord, "onRecord");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                ClientConfigs.readCommitted(target, "newsflow-ingest-state-loader"))) {
            List<TopicPartition> partitions = partitions(consumer, topic, timeout);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Instant deadline = clock.instant().plus(timeout);
            while (!caughtUp(consumer, end)) {
                if (clock.instant().isAfter(deadline)) {
                    throw new IllegalStateException("could not read '" + topic + "' to its end within " + timeout);
                }
                consumer.poll(POLL).forEach(r -> apply(r, onRecord));
            }
        }
    }

    private static void apply(ConsumerRecord<byte[], byte[]> record, BiConsumer<String, byte[]> onRecord) {
        if (record.key() == null) {
            LOG.warn("ignoring a state record without a key at {}-{}@{}", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        onRecord.accept(new String(record.key(), StandardCharsets.UTF_8), record.value());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic, Duration timeout) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("the topic '" + topic + "' does not exist; create the topics before"
                    + " starting ingest");
        }
        return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).collect(Collectors.toList());
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
