package io.newsflow.testkit;

import io.newsflow.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real embedded KRaft broker for one test class, its data in a temporary folder deleted afterwards. Register it
 * with {@code @RegisterExtension static final KafkaBroker kafka = new KafkaBroker();}; tests then create the
 * topics they need (each test its own names, so tests of a class do not see each other's records).
 */
public final class KafkaBroker implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private EmbeddedKafkaBroker broker;
    private Admin admin;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("newsflow-broker-");
        broker = EmbeddedKafkaBroker.start(dir);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        admin.close();
        broker.close();
        deleteTree(dir);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** An admin client of this broker, open for the test class; do not close it. */
    public Admin admin() {
        return admin;
    }

    /** Creates the topics and waits until the broker has them. */
    public void createTopics(NewTopic... topics) throws ExecutionException, InterruptedException {
        createTopics(List.of(topics));
    }

    /** Creates the topics and waits until the broker has them. */
    public void createTopics(Collection<NewTopic> topics) throws ExecutionException, InterruptedException {
        admin.createTopics(topics).all().get();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
