package io.newsflow.processing;

import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.processing.state.BoundedStateMemory;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams properties of the processing stage, derived from newsflow's configuration. */
public final class StreamsSettings {
    /**
     * Half of exactly-once's default of 100 ms: a record is visible to the next step only once the transaction
     * that wrote it commits, and a record crosses six repartition topics, so the interval is paid at every hop
     * (measured: ingest → processed p99 1.6 s → 0.85 s at half capacity, throughput within the noise; see README,
     * Performance).
     */
    static final int COMMIT_INTERVAL_MS = 50;
    /** Dead-letter handling also for global stores (the default from Kafka 5.0; we have none, but say it). */
    static final String GLOBAL_HANDLER_CONFIG = "processing.exception.handler.global.enabled";

    private StreamsSettings() {
    }

    public static String applicationId(NewsflowConfig config) {
        return config.kafka().applicationId() + "-processing";
    }

    /**
     * Exactly-once (v2), commits every {@value #COMMIT_INTERVAL_MS} ms, state under {@code <data-dir>/streams} (in
     * RocksDB bounded to {@code processing.state-memory-bytes} when set, {@link BoundedStateMemory}),
     * internal topics replicated as the broker's default; every {@code kafka.properties} entry (security, ...) and then every {@code kafka.streams} entry is
     * passed through, the latter overriding.
     */
    public static Properties of(NewsflowConfig config, String bootstrapServers) {
        Properties p = new Properties();
        p.putAll(config.kafka().properties());
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId(config));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.dataDir().resolve("streams").toAbsolutePath().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.processing().streamThreads());
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.processing().standbyReplicas());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replication(config));
        if (config.processing().stateMemoryBytes() > 0) {
            p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedStateMemory.class.getName());
            p.put(BoundedStateMemory.MEMORY_CONFIG, config.processing().stateMemoryBytes());
        }
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        p.put(GLOBAL_HANDLER_CONFIG, "true");
        // Kafka Streams' partition assignor builds a second StreamsConfig from the main consumer's settings alone
        // (AssignorConfiguration), which would warn that the handler is off for the global thread: say it there too
        p.put(StreamsConfig.mainConsumerPrefix(GLOBAL_HANDLER_CONFIG), "true");
        p.put(DeadLetterHandler.TOPIC_CONFIG, config.kafka().topicNames().rejected());
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 16 * 1024 * 1024);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), 16 * 1024 * 1024);
        p.put(StreamsConfig.topicPrefix("max.message.bytes"), String.valueOf(16 * 1024 * 1024));
        p.putAll(config.kafka().streams());
        return p;
    }

    private static int replication(NewsflowConfig config) {
        int configured = config.kafka().replicationFactor();
        return configured == 0 ? -1 : configured;
    }
}
