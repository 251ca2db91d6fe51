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
    void shouldReadTheSinkLayoutKeysAndKeepTheFlatLayoutByDefault() throws Exception {
        Path file = write("sink:\n  partition-by: Category\n  compression: gzip\n  rotate-interval: 1h\n");

        SinkSettings sink = ConfigLoader.load(file, Map.of(), Map.of()).sink();

        assertThat(NewsflowConfig.DEFAULT.sink().partitionBy()).isEqualTo(SinkPartitioning.NONE);
        assertThat(NewsflowConfig.DEFAULT.sink().compression()).isEqualTo(SinkCompression.NONE);
        assertThat(NewsflowConfig.DEFAULT.sink().rotateInterval()).isZero();
        assertThat(sink.partitionBy()).isEqualTo(SinkPartitioning.CATEGORY);
        assertThat(sink.compression()).isEqualTo(SinkCompression.GZIP);
        assertThat(sink.rotateInterval()).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> ConfigLoader.load(write("sink:\n  partition-by: colour\n"), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sink.partition-by must be none, date, category or source");
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
    void shouldReadTheNearDuplicateBucketsAndRefuseMoreThanThereAreBands() {
        assertThat(ConfigLoader.load(null, Map.of("NEWSFLOW_PROCESSING_NEAR_DUPLICATE_BUCKETS", "6"), Map.of())
                .processing().nearDuplicateBuckets()).isEqualTo(6);
        assertThat(ConfigLoader.load(null, Map.of(), Map.of()).processing().nearDuplicateBuckets()).isEqualTo(4);

        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("NEWSFLOW_PROCESSING_NEAR_DUPLICATE_BUCKETS", "33"),
                Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("processing.near-duplicate-buckets");
    }

    @Test
    void shouldLeaveStateMemoryUnboundedByDefaultAndRefuseABoundTooSmallForAMemtable() {
        assertThat(ConfigLoader.load(null, Map.of(), Map.of()).processing().stateMemoryBytes()).isZero();
        assertThat(ConfigLoader.load(null, Map.of("NEWSFLOW_PROCESSING_STATE_MEMORY_BYTES", "134217728"), Map.of())
                .processing().stateMemoryBytes()).isEqualTo(134_217_728L);

        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("NEWSFLOW_PROCESSING_STATE_MEMORY_BYTES", "1000"),
                Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("processing.state-memory-bytes");
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

    @Test
    void shouldReadWebSourcesAndSettings() throws Exception {
        Path file = write("""
                web:
                  sources:
                    - url: https://example.com/feed.xml
                      site-name: Example
                      interval: 10m
                      tags: [world]
                    - url: https://example.com/sitemap.xml
                      type: sitemap
                  allow-networks: [127.0.0.1/32]
                  contact-url: https://example.com/crawler
                """);

        NewsflowConfig config = ConfigLoader.load(file, Map.of("NEWSFLOW_WEB_DEFAULT_DELAY", "5s"), Map.of());

        assertThat(config.web().sources()).containsExactly(
                new WebSource("https://example.com/feed.xml", WebSourceType.FEED, "Example", Duration.ofMinutes(10),
                        List.of("world")),
                new WebSource("https://example.com/sitemap.xml", WebSourceType.SITEMAP, "", null, List.of()));
        assertThat(config.web().allowNetworks()).containsExactly("127.0.0.1/32");
        assertThat(config.web().defaultDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.web().userAgentHeader()).isEqualTo("newsflow/0.1 (+https://example.com/crawler)");
        assertThat(ConfigLoader.load(writeUnchecked(ConfigLoader.toYaml(config)), Map.of(), Map.of()).web())
                .isEqualTo(config.web());
    }

    @Test
    void shouldRefuseAWebSourceThatIsNotHttp() throws Exception {
        Path file = write("web:\n  sources:\n    - url: file:///etc/passwd\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("file:///etc/passwd")
                .hasMessageContaining("http");
    }

    @Test
    void shouldReadASourcesFile() throws Exception {
        Path file = write("sources:\n  - url: https://example.com/page.html\n    type: page\n");

        assertThat(ConfigLoader.readSources(file)).extracting(WebSource::type).containsExactly(WebSourceType.PAGE);
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
