package io.newsflow.app;

import io.newsflow.broker.EmbeddedKafkaBroker;
import io.newsflow.model.config.NewsflowConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka a command runs on: the configured cluster, or else the embedded broker under
 * {@code <data-dir>/kafka} — the one another newsflow process already runs there, or a new one this process
 * starts and stops. Makes sure newsflow's topics exist.
 */
final class KafkaRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaRuntime.class);
    private static final long REACH_TIMEOUT_MS = 30_000;

    private final NewsflowConfig config;
    private final EmbeddedKafkaBroker broker;
    private final String bootstrapServers;
    private final Admin admin;

    private KafkaRuntime(NewsflowConfig config, EmbeddedKafkaBroker broker, String bootstrapServers, Admin admin) {
        this.config = config;
        this.broker = broker;
        this.bootstrapServers = bootstrapServers;
        this.admin = admin;
    }

    static KafkaRuntime open(NewsflowConfig config) {
        EmbeddedKafkaBroker broker = null;
        String servers = config.kafka().bootstrapServers();
        if (config.kafka().embedded()) {
            Path dir = config.dataDir().resolve("kafka");
            Optional<String> running = EmbeddedKafkaBroker.runningOn(dir);
            if (running.isPresent()) {
                servers = running.get();
                LOG.info("using the embedded broker another newsflow process runs at {}", servers);
            } else {
                broker = EmbeddedKafkaBroker.start(dir);
                servers = broker.bootstrapServers();
            }
        }
        Admin admin = null;
        try {
            admin = Admin.create(adminProperties(config, servers));
            awaitReachable(admin, servers);
            TopicSetup.ensure(admin, config.kafka());
            return new KafkaRuntime(config, broker, servers, admin);
        } catch (RuntimeException e) {
            if (admin != null) {
                admin.close();
            }
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    Admin admin() {
        return admin;
    }

    NewsflowConfig config() {
        return config;
    }

    /** Properties for any Kafka client of this process: the pass-through ones and the bootstrap servers. */
    Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>(config.kafka().properties());
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    Optional<EmbeddedKafkaBroker> embeddedBroker() {
        return Optional.ofNullable(broker);
    }

    @Override
    public void close() {
        admin.close();
        if (broker != null) {
            broker.close();
        }
    }

    private static Map<String, Object> adminProperties(NewsflowConfig config, String servers) {
        Map<String, Object> props = new HashMap<>(config.kafka().properties());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REACH_TIMEOUT_MS);
        return props;
    }

    private static void awaitReachable(Admin admin, String servers) {
        try {
            admin.describeCluster().clusterId().get(REACH_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String why = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            throw new KafkaUnavailableException("cannot reach Kafka at " + servers + " within "
                    + REACH_TIMEOUT_MS / 1000 + " s: " + why, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("interrupted while connecting to " + servers, e);
        }
    }
}
