package io.newsflow.app;

import io.newsflow.model.config.KafkaSettings;
import io.newsflow.model.kafka.TopicNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates newsflow's topics when they do not exist: raw, articles, duplicates and rejected with the configured
 * partitions, the ingest ledger compacted; replication fits the cluster unless configured. Existing topics are
 * left as they are.
 */
final class TopicSetup {
    /** The largest record newsflow writes: a big HTML page with its metadata. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {
    }

    static void ensure(Admin admin, KafkaSettings kafka) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            short replication = replication(admin, kafka);
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : wanted(kafka.topicNames(), kafka.partitions(), replication)) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e; // another instance creating them at the same time is fine
                }
            }
            LOG.info("created topics {} ({} partitions, replication {})",
                    missing.stream().map(NewTopic::name).toList(), kafka.partitions(), replication);
        } catch (ExecutionException e) {
            throw new KafkaUnavailableException("cannot create newsflow's topics: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while creating topics", e);
        }
    }

    static List<NewTopic> wanted(TopicNames names, int partitions, short replication) {
        Map<String, String> data = Map.of("max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES));
        Map<String, String> ledger = Map.of("cleanup.policy", "compact"); // ingest's and the fetcher's state
        return List.of(
                new NewTopic(names.raw(), partitions, replication).configs(data),
                new NewTopic(names.articles(), partitions, replication).configs(data),
                new NewTopic(names.duplicates(), partitions, replication).configs(data),
                new NewTopic(names.rejected(), partitions, replication).configs(data),
                new NewTopic(names.ingestLedger(), partitions, replication).configs(ledger),
                new NewTopic(names.fetchState(), partitions, replication).configs(ledger));
    }

    private static short replication(Admin admin, KafkaSettings kafka) throws ExecutionException, InterruptedException {
        if (kafka.replicationFactor() > 0) {
            return (short) kafka.replicationFactor();
        }
        int brokers = admin.describeCluster().nodes().get().size();
        return (short) Math.max(1, Math.min(3, brokers));
    }
}
