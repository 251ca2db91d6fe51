package io.newsflow.ingest;

import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.model.kafka.Topics;
import io.newsflow.testkit.KafkaBroker;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real embedded broker for a test class, and for each test its own ingest topics, prefixed with the test's name
 * as the app would create them: raw (2 partitions), rejected, and one compacted state topic (the ledger, or the
 * fetch state). Register it with {@code @RegisterExtension static final BrokerTopics kafka = ...}.
 */
public final class BrokerTopics implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private final Function<TopicNames, String> stateTopic;
    private final KafkaBroker broker = new KafkaBroker();
    private Topics topics;

    /** {@code stateTopic}: which compacted topic the tests need, e.g. {@code TopicNames::ingestLedger}. */
    public BrokerTopics(Function<TopicNames, String> stateTopic) {
        this.stateTopic = stateTopic;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        broker.beforeAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        broker.afterAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        TopicNames names = new TopicNames(context.getRequiredTestMethod().getName() + ".");
        topics = new Topics(names);
        broker.createTopics(new NewTopic(names.raw(), 2, (short) 1), new NewTopic(names.rejected(), 1, (short) 1),
                new NewTopic(stateTopic.apply(names), 1, (short) 1).configs(Map.of("cleanup.policy", "compact")));
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The current test's topics. */
    public Topics topics() {
        return topics;
    }

    /** Where the current test's ingest publishes. */
    public KafkaTarget target() {
        return new KafkaTarget(bootstrapServers(), Map.of(), topics);
    }
}
