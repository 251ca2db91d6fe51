package io.newsflow.broker;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an {@link EmbeddedKafkaBroker} as a process of its own, on a fixed port, so that a test can kill and restart
 * a node under running clients (which keep their bootstrap address):
 * <pre>
 * java -cp newsflow.jar io.newsflow.broker.BrokerMain DATA_DIR PORT
 * java -cp newsflow.jar io.newsflow.broker.BrokerMain DATA_DIR PORT --role controller|broker --node-id N \
 *      --cluster-id ID --controllers 1@127.0.0.1:9093 [--replication 3]
 * </pre>
 * The first form is a standalone combined node; the second a node of a cluster with a separate controller quorum.
 * Prints {@code ready HOST:PORT} on standard output once it takes requests, then runs until the process is stopped
 * (SIGTERM: a clean shutdown).
 */
public final class BrokerMain {
    private static final String USAGE = "usage: BrokerMain DATA_DIR PORT [--role controller|broker --node-id N "
            + "--cluster-id ID --controllers ID@HOST:PORT,... [--replication R]]";

    private static final Set<String> OPTIONS =
            Set.of("--role", "--node-id", "--cluster-id", "--controllers", "--replication");

    private BrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ClusterNode node;
        int port;
        try {
            node = node(args);
            port = Integer.parseInt(args[1]);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]), port, node, Map.of());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "broker-shutdown"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("ready " + broker.bootstrapServers());
        stopped.await();
    }

    static ClusterNode node(String[] args) {
        if (args.length < 2 || args.length % 2 != 0) {
            throw new IllegalArgumentException("expected DATA_DIR PORT and then option value pairs");
        }
        if (args.length == 2) {
            return ClusterNode.standalone();
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        String role = required(options, "--role").toUpperCase(Locale.ROOT);
        int nodeId = Integer.parseInt(required(options, "--node-id"));
        String clusterId = required(options, "--cluster-id");
        String voters = required(options, "--controllers");
        int replication = Integer.parseInt(options.getOrDefault("--replication", "3"));
        return new ClusterNode(nodeId, ClusterNode.Role.valueOf(role), clusterId, voters, replication);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
