package io.newsflow.model.config;

import io.newsflow.model.kafka.TopicNames;
import java.util.Map;

/**
 * Where the topics live and how they are made.
 *
 * @param bootstrapServers  the cluster to use; empty starts the embedded single-node KRaft broker
 * @param topicPrefix       prefix of every topic name
 * @param partitions        partitions of each topic newsflow creates
 * @param replicationFactor replicas of each topic newsflow creates; 0 fits the cluster (min(3, brokers))
 * @param applicationId     prefix of the consumer-group and Streams application ids
 * @param properties        extra Kafka client properties passed to every producer, consumer and admin client
 *                          (security settings for a real cluster go here)
 * @param streams           extra Kafka Streams properties passed to the processing stage
 */
public record KafkaSettings(
        String bootstrapServers,
        String topicPrefix,
        int partitions,
        int replicationFactor,
        String applicationId,
        Map<String, String> properties,
        Map<String, String> streams) {

    public static final KafkaSettings DEFAULT = new KafkaSettings("", TopicNames.DEFAULT_PREFIX, 3, 0, "newsflow",
            Map.of(), Map.of());

    public KafkaSettings {
        bootstrapServers = bootstrapServers == null ? "" : bootstrapServers.trim();
        topicPrefix = topicPrefix == null ? TopicNames.DEFAULT_PREFIX : topicPrefix;
        new TopicNames(topicPrefix);
        if (partitions < 1) {
            throw new ConfigException("kafka.partitions must be 1 or more, was " + partitions);
        }
        if (replicationFactor < 0) {
            throw new ConfigException("kafka.replication-factor must be 0 (fit the cluster) or more, was "
                    + replicationFactor);
        }
        if (applicationId == null || !applicationId.matches("[A-Za-z0-9._-]+")) {
            throw new ConfigException("kafka.application-id must be letters, digits, '.', '_' or '-', was '"
                    + applicationId + "'");
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        streams = streams == null ? Map.of() : Map.copyOf(streams);
    }

    public boolean embedded() {
        return bootstrapServers.isEmpty();
    }

    public TopicNames topicNames() {
        return new TopicNames(topicPrefix);
    }

    public KafkaSettings withBootstrapServers(String servers) {
        return new KafkaSettings(servers, topicPrefix, partitions, replicationFactor, applicationId, properties,
                streams);
    }
}
