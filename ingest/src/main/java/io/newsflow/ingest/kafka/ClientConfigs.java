package io.newsflow.ingest.kafka;

import io.newsflow.model.Checks;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Client configurations of ingest. The user's properties come first (security, tuning); the settings ingest's
 * guarantees rest on (idempotence, acks, transactions, isolation) are then set and cannot be overridden.
 */
public final class ClientConfigs {
    private ClientConfigs() {
    }

    /**
     * A transactional, idempotent producer with acks=all and lz4 compression.
     *
     * @param maxRequestBytes the largest record it sends; the topics' {@code max.message.bytes} must allow it
     */
    public static Map<String, Object> producer(KafkaTarget target, String transactionalId, int maxRequestBytes) {
        Checks.notBlank(transactionalId, "transactionalId");
        Map<String, Object> props = common(target, "newsflow-ingest-" + transactionalId);
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "10");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(maxRequestBytes));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    /** A consumer that sees committed records only and commits no offsets (it is assigned, not subscribed). */
    public static Map<String, Object> readCommitted(KafkaTarget target, String clientId) {
        Map<String, Object> props = common(target, clientId);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return props;
    }

    private static Map<String, Object> common(KafkaTarget target, String clientId) {
        Map<String, Object> props = new HashMap<>(target.properties());
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, target.bootstrapServers());
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return props;
    }
}
