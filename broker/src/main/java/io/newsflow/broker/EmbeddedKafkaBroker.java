package io.newsflow.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker, combined broker and KRaft controller, running in this JVM on free loopback ports. Its log
 * lives under the given directory and survives restarts: the directory is formatted on first start only. The same
 * class starts the controller-only and broker-only nodes of a multi-node cluster ({@link ClusterNode}), which is how
 * the chaos test runs a three-broker cluster with a separate controller.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of("data/kafka"))) {
 *     String servers = broker.bootstrapServers();
 *     ...
 * }
 * }</pre>
 *
 * <p>Only one process may run a broker on a directory at a time ({@link DataDirLock}); a failed start shuts the
 * half-started server down, since its non-daemon threads would otherwise keep the JVM alive.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final DataDirLock lock;
    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Duration startTime;
    private boolean closed;

    private EmbeddedKafkaBroker(Path dataDir, DataDirLock lock, KafkaRaftServer server, String bootstrapServers,
                                Duration startTime) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.startTime = startTime;
    }

    /** Starts a broker on {@code dataDir}, formatting it first if it is new. */
    public static EmbeddedKafkaBroker start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /**
     * Starts a broker on {@code dataDir} with extra broker properties ({@code log.retention.hours}, ...), which
     * override newsflow's defaults for a single-node broker.
     */
    public static EmbeddedKafkaBroker start(Path dataDir, Map<String, String> overrides) {
        return start(dataDir, 0, overrides);
    }

    /**
     * Starts a broker on {@code dataDir} taking clients on {@code port} (0: a free port), so that a restart on
     * the same directory and port is the same broker to clients that keep their bootstrap address.
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, Map<String, String> overrides) {
        return start(dataDir, port, ClusterNode.standalone(), overrides);
    }

    /**
     * Starts {@code node} on {@code dataDir}, listening on {@code port} (0: a free port): the client port of a
     * broker or combined node, the controller port of a controller. A broker-only node returns once its
     * controllers have registered and unfenced it, so its cluster's controllers must be starting too.
     * {@link #bootstrapServers()} is the node's listener, {@code host:port}.
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, ClusterNode node, Map<String, String> overrides) {
        Objects.requireNonNull(dataDir, "dataDir can't be null");
        Objects.requireNonNull(node, "node can't be null");
        Objects.requireNonNull(overrides, "overrides can't be null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or a TCP port, was " + port);
        }
        long started = System.nanoTime();
        Path dir = dataDir.toAbsolutePath().normalize();
        DataDirLock lock = DataDirLock.acquire(dir);
        KafkaRaftServer server = null;
        try {
            int listenerPort = port == 0 ? FreePorts.next() : port;
            Path logDir = dir.resolve("log");
            Map<String, String> props = NodeProperties.of(node, logDir, listenerPort);
            props.putAll(overrides);
            formatIfNew(logDir, node, props);
            server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            server.startup();
            String servers = "127.0.0.1:" + listenerPort;
            awaitReady(servers, node.role(), dir);
            if (node.role().takesClients()) {
                lock.advertise(servers);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("embedded Kafka {} ready at {} (data {}, started in {} ms)", describe(node), servers, dir,
                    took.toMillis());
            return new EmbeddedKafkaBroker(dir, lock, server, servers, took);
        } catch (RuntimeException | IOException e) {
            shutdownQuietly(server);
            lock.close();
            if (e instanceof BrokerStartException bse) {
                throw bse;
            }
            throw new BrokerStartException("embedded Kafka broker on " + dir + " failed to start: " + e.getMessage(), e);
        }
    }

    /**
     * The bootstrap address of the broker another live newsflow process runs on {@code dataDir}, if there is one,
     * so a second command can use it instead of failing on the lock.
     */
    public static Optional<String> runningOn(Path dataDir) {
        return DataDirLock.runningBroker(dataDir.toAbsolutePath().normalize());
    }

    /** "broker" for the standalone node (the README quotes its log line), else the role and node id. */
    private static String describe(ClusterNode node) {
        return node.role() == ClusterNode.Role.COMBINED ? "broker"
                : node.role().name().toLowerCase(Locale.ROOT) + " " + node.nodeId();
    }

    /** {@code host:port} for clients. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** How long {@link #start} took, formatting and readiness included. */
    public Duration startTime() {
        return startTime;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker, waiting for a clean shutdown, then releases the data directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            shutdownQuietly(server);
        } finally {
            lock.close();
        }
        LOG.info("embedded Kafka broker at {} stopped", bootstrapServers);
    }

    private static void formatIfNew(Path logDir, ClusterNode node, Map<String, String> props) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        Files.createDirectories(logDir);
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setNodeId(Integer.parseInt(props.get("node.id")))
                    .setClusterId(node.clusterId() != null ? node.clusterId() : Uuid.randomUuid().toString())
                    .addDirectory(logDir.toString())
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(NodeProperties.CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
            LOG.info("formatted new Kafka storage in {}", logDir);
        } catch (Exception e) {
            throw new BrokerStartException("cannot format Kafka storage in " + logDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits until the node answers metadata requests: a broker is then registered and can take topics, a controller
     * has joined its quorum.
     */
    private static void awaitReady(String servers, ClusterNode.Role role, Path dir) {
        Map<String, Object> config = Map.of(
                role.takesClients() ? AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG
                        : AdminClientConfig.BOOTSTRAP_CONTROLLERS_CONFIG, servers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            int nodes = admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
            if (nodes < 1) {
                throw new BrokerStartException("embedded broker on " + dir + " reports no live node");
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new BrokerStartException("embedded broker on " + dir + " did not become ready within "
                    + READY_TIMEOUT.toSeconds() + " s: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerStartException("interrupted while waiting for the embedded broker on " + dir, e);
        }
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("embedded broker shutdown reported: {}", e.toString());
        }
    }
}
