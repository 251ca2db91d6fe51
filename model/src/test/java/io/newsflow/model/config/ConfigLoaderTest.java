package io.newsflow.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void shouldUseTheDefaultsWhenNothingIsSet() {
        NewsflowConfig config = ConfigLoader.load(null, Map.of(), Map.of());

        assertThat(config).isEqualTo(NewsflowConfig.DEFAULT);
        assertThat(config.kafka().embedded()).isTrue();
        assertThat(config.kafka().partitions()).isEqualTo(3);
        assertThat(config.processing().dedupWindow()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void shouldLayerFileThenEnvironmentThenFlags() throws Exception {
        Path file = write("""
                data-dir: state
                kafka:
                  partitions: 6
                  properties:
                    security.protocol: SASL_SSL
                sink:
                  max-records: 500
                  flush-interval: 2s
                """);

        NewsflowConfig config = ConfigLoader.load(file,
                Map.of("NEWSFLOW_SINK_MAX_RECORDS", "700", "NEWSFLOW_BOOTSTRAP_SERVERS", "kafka:9092",
                        "NEWSFLOW_INGEST_INPUTS", "a, b", "PATH", "/usr/bin"),
                Map.of("sink.max-records", 900));

        assertThat(config.dataDir()).isEqualTo(Path.of("state"));
        assertThat(config.kafka().partitions()).isEqualTo(6);
        assertThat(config.kafka().properties()).containsEntry("security.protocol", "SASL_SSL");
        assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(config.ingest().inputs()).containsExactly(Path.of("a"), Path.of("b"));
        assertThat(config.sink().maxRecords()).isEqualTo(900);
        assertThat(config.sink().flushInterval()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void shouldNameTheUnknownKeyAndTheFile() throws Exception {
        Path file = write("sink:\n  max-recrods: 5\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("max-recrods");
    }

    @Test
    void shouldNameTheEnvironmentVariableThatSetsAnUnknownKey() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("NEWSFLOW_SINK_COLOUR", "red"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("NEWSFLOW_SINK_COLOUR")
                .hasMessageContaining("sink.colour");
    }

    @Test
    void shouldNameTheKeyOfAnInvalidValue() throws Exception {
        Path file = write("kafka:\n  partitions: 0\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kafka.partitions");
    }

    @Test
    void shouldRejectADurationItCannotRead() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("NEWSFLOW_PROCESSING_DEDUP_WINDOW", "a week"),
                Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("dedup-window")
                .hasMessageContaining("a week");
    }

    @Test
    void shouldPrintTheEffectiveConfigurationWithSecretsMasked() {
        NewsflowConfig config = ConfigLoader.load(null, Map.of(),
                Map.of("kafka.properties", Map.of("sasl.jaas.config", "secret-stuff", "ssl.key.password", "pw")));

        String yaml = ConfigLoader.toYaml(config);

        assertThat(yaml).contains("dedup-window: 7d").contains("partitions: 3").doesNotContain("secret-stuff")
                .doesNotContain(": pw");
        assertThat(ConfigLoader.load(writeUnchecked(yaml), Map.of(), Map.of()).sink())
                .isEqualTo(config.sink());
    }

    @Test
    void shouldReadDurationsAsPeopleWriteThem() {
        assertThat(List.of("250ms", "5s", "10m", "2h", "7d", "PT3S").stream().map(Durations::parse))
                .containsExactly(Duration.ofMillis(250), Duration.ofSeconds(5), Duration.ofMinutes(10),
                        Duration.ofHours(2), Duration.ofDays(7), Duration.ofSeconds(3));
    }

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("newsflow.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private Path writeUnchecked(String yaml) {
        try {
            return write(yaml);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
