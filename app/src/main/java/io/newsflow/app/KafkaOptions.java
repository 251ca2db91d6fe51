package io.newsflow.app;

import io.newsflow.model.config.ConfigLoader;
import io.newsflow.model.config.NewsflowConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command takes: where the configuration is, and which Kafka and data directory to use. */
final class KafkaOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "YAML configuration file (default: $NEWSFLOW_CONFIG if set, else built-in defaults)")
    Path config;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Use this Kafka cluster instead of the embedded broker "
                    + "(also $NEWSFLOW_BOOTSTRAP_SERVERS)")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Local state: embedded broker log and Streams stores (default: data)")
    Path dataDir;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the topics newsflow creates (default: 3)")
    Integer partitions;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Prefix of every topic name (default: newsflow.)")
    String topicPrefix;

    /** The configuration: defaults, then the file, then NEWSFLOW_* variables, then these flags and {@code more}. */
    NewsflowConfig load(Map<String, Object> more) {
        Map<String, Object> overrides = new LinkedHashMap<>();
        put(overrides, "kafka.bootstrap-servers", bootstrapServers);
        put(overrides, "data-dir", dataDir == null ? null : dataDir.toString());
        put(overrides, "kafka.partitions", partitions);
        put(overrides, "kafka.topic-prefix", topicPrefix);
        overrides.putAll(more);
        return ConfigLoader.load(configFile(), System.getenv(), overrides);
    }

    NewsflowConfig load() {
        return load(Map.of());
    }

    private Path configFile() {
        if (config != null) {
            return config;
        }
        String fromEnv = System.getenv("NEWSFLOW_CONFIG");
        return fromEnv == null || fromEnv.isBlank() ? null : Path.of(fromEnv);
    }

    static void put(Map<String, Object> overrides, String key, Object value) {
        if (value != null) {
            overrides.put(key, value);
        }
    }
}
