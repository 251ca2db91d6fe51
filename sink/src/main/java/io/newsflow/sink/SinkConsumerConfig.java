package io.newsflow.sink;

import io.newsflow.model.config.KafkaSettings;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/** The sink's consumer properties: the user's extra client properties, then the ones exactly-once needs. */
final class SinkConsumerConfig {
    private SinkConsumerConfig() {
    }

    static String groupId(KafkaSettings kafka) {
        return kafka.applicationId() + "-sink";
    }

    static Map<String, Object> of(KafkaSettings kafka) {
        if (kafka.embedded()) {
            throw new IllegalArgumentException("kafka.bootstrapServers is empty: start the embedded broker and pass "
                    + "kafka.withBootstrapServers(broker.bootstrapServers())");
        }
        Map<String, Object> props = new HashMap<>(kafka.properties());
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId(kafka));
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, groupId(kafka));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return props;
    }
}
