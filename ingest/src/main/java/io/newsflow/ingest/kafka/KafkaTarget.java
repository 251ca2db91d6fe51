package io.newsflow.ingest.kafka;

import io.newsflow.model.Checks;
import io.newsflow.model.config.KafkaSettings;
import io.newsflow.model.kafka.Topics;
import java.util.Map;

/**
 * The cluster ingest writes to. Ingest creates no topics: the app creates them before ingest starts.
 *
 * @param bootstrapServers the cluster's bootstrap servers
 * @param properties       extra client properties for every producer and consumer (security settings)
 * @param topics           the topics, whose names also give the ingest ledger's
 */
public record KafkaTarget(String bootstrapServers, Map<String, String> properties, Topics topics) {
    public KafkaTarget {
        Checks.notBlank(bootstrapServers, "bootstrapServers");
        properties = Map.copyOf(Checks.notNull(properties, "properties"));
        Checks.notNull(topics, "topics");
    }

    /** The target described by {@code settings}, on {@code bootstrapServers} (the embedded broker's when it runs). */
    public static KafkaTarget of(KafkaSettings settings, String bootstrapServers) {
        return new KafkaTarget(bootstrapServers, settings.properties(), new Topics(settings.topicNames()));
    }

    public String ledgerTopic() {
        return topics.names().ingestLedger();
    }

    /** The compacted topic of web ingest's fetch state. */
    public String fetchStateTopic() {
        return topics.names().fetchState();
    }
}
