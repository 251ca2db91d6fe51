package io.newsflow.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Tells whether committed records are left in a partition from a given offset on. Comparing offsets alone is not
 * enough on transactional topics: commit markers and aborted records take offsets that no consumer ever sees, so
 * a consumer that read everything can stand below the end offset. This reads (read_committed) to find out.
 */
final class Backlog implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(100);
    /** Polls before an unanswered check counts as "not empty yet", so callers ask again instead of hanging. */
    private static final int MAX_POLLS = 50;

    private final KafkaConsumer<byte[], byte[]> consumer;

    Backlog(Map<String, Object> clientProperties) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The first offset still held by the partition (older records may have been deleted). */
    long beginning(TopicPartition partition) {
        return consumer.beginningOffsets(Set.of(partition)).get(partition);
    }

    /** True when the partition holds no committed record at or after {@code from}. */
    boolean isEmptyFrom(TopicPartition partition, long from) {
        long end = consumer.endOffsets(Set.of(partition)).get(partition);
        if (from >= end) {
            return true;
        }
        consumer.assign(List.of(partition));
        consumer.seek(partition, Math.max(from, beginning(partition)));
        for (int polls = 0; consumer.position(partition) < end; polls++) {
            if (polls == MAX_POLLS || !consumer.poll(POLL).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
