package io.newsflow.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.config.ConfigLoader;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.processing.state.BoundedStateMemory;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {
    @Test
    void shouldLeaveRocksDbToKafkaStreamsUnlessAStateMemoryBoundIsSet() {
        Properties unbounded = StreamsSettings.of(NewsflowConfig.DEFAULT, "127.0.0.1:9092");

        assertThat(unbounded).doesNotContainKeys(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG,
                BoundedStateMemory.MEMORY_CONFIG);
    }

    @Test
    void shouldBoundEveryStoreWithTheSharedSetterWhenAStateMemoryBoundIsSet() {
        NewsflowConfig config = ConfigLoader.load(null, Map.of(),
                Map.of("processing.state-memory-bytes", "67108864"));

        Properties bounded = StreamsSettings.of(config, "127.0.0.1:9092");

        assertThat(bounded).containsEntry(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG,
                BoundedStateMemory.class.getName()).containsEntry(BoundedStateMemory.MEMORY_CONFIG, 67108864L);
    }

    @Test
    void shouldEnableTheGlobalHandlerAlsoInTheConfigurationTheAssignorDerivesFromTheMainConsumer() {
        StreamsConfig streams = new StreamsConfig(StreamsSettings.of(NewsflowConfig.DEFAULT, "127.0.0.1:9092"));

        Map<String, Object> mainConsumer = streams.getMainConsumerConfigs("group", "client", 0);

        assertThat(mainConsumer).containsEntry(StreamsSettings.GLOBAL_HANDLER_CONFIG, "true");
        assertThat(new StreamsConfig(mainConsumer).getBoolean(StreamsSettings.GLOBAL_HANDLER_CONFIG)).isTrue();
    }
}
