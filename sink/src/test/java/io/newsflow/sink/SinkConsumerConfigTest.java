package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.config.KafkaSettings;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

class SinkConsumerConfigTest {
    @Test
    void shouldReadCommittedWithoutAutoCommitInTheSinkGroup() {
        KafkaSettings kafka = new KafkaSettings("127.0.0.1:9092", "newsflow.", 3, 0, "news", Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true",
                "security.protocol", "SSL"), Map.of());

        Map<String, Object> props = SinkConsumerConfig.of(kafka);

        assertThat(props).containsEntry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "news-sink")
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .containsEntry("security.protocol", "SSL");
    }

    @Test
    void shouldRefuseSettingsWithoutBootstrapServers() {
        assertThatThrownBy(() -> SinkConsumerConfig.of(KafkaSettings.DEFAULT))
                .hasMessageContaining("bootstrapServers");
    }
}
