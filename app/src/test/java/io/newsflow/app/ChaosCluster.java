package io.newsflow.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.Uuid;

/**
 * The Kafka cluster of a chaos run, each node in its own JVM, and the failure it suffers in the middle of the run:
 * {@link #standalone} is newsflow's default single combined node, killed and restarted on the same data and port;
 * {@link #threeBrokers} is a separate controller and three brokers (replication 3, min in-sync 2), one of which is
 * killed and, later, restarted.
 */
interface ChaosCluster {
    /** The clients' bootstrap list, and how long the cluster took to come up. */
    record Started(String bootstrapServers, Duration took) {
    }

    Started started();

    default String bootstrapServers() {
        return started().bootstrapServers();
    }

    /** The failure: returns a line for the test's log. */
    String fail() throws Exception;

    /** The end of the failure (a node back), if the failure was not over at once: returns a line for the log. */
    String recover() throws Exception;

    /** At the end of a test: kills every node still running. */
    void kill() throws InterruptedException;

    static ChaosCluster standalone(Path work) throws Exception {
        return new Standalone(work);
    }

    static ChaosCluster threeBrokers(Path work) throws Exception {
        return new ThreeBrokers(work);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    private static void assertKilled(int code, String what) {
        if (code != StageProcess.SIGKILL_EXIT) {
            throw new AssertionError(what + " exited with " + code + " after SIGKILL, not " + StageProcess.SIGKILL_EXIT);
        }
    }

    /** One combined node; its failure is a SIGKILL and a restart on the same directory and port. */
    final class Standalone implements ChaosCluster {
        private final BrokerProcess node;
        private final Started started;

        private Standalone(Path work) throws Exception {
            long t = System.nanoTime();
            node = new BrokerProcess(work, "kafka", freePort(), List.of()).launch();
            started = new Started(node.awaitReady(), since(t));
        }

        @Override
        public Started started() {
            return started;
        }

        @Override
        public String fail() throws Exception {
            assertKilled(node.kill(), "the broker");
            long t = System.nanoTime();
            node.launch().awaitReady();
            return "broker killed, restarted in " + since(t).toMillis() + " ms";
        }

        @Override
        public String recover() {
            return "";
        }

        @Override
        public void kill() throws InterruptedException {
            node.killIfAlive();
        }
    }

    /** A controller and three brokers; the failure is a broker's SIGKILL, its recovery that broker's restart. */
    final class ThreeBrokers implements ChaosCluster {
        private static final int CONTROLLER_ID = 100;
        private final BrokerProcess controller;
        private final List<BrokerProcess> brokers = new ArrayList<>();
        private final Started started;
        private final BrokerProcess victim;

        private ThreeBrokers(Path work) throws Exception {
            long t = System.nanoTime();
            String clusterId = Uuid.randomUuid().toString();
            int controllerPort = freePort();
            String voters = CONTROLLER_ID + "@127.0.0.1:" + controllerPort;
            controller = new BrokerProcess(work, "controller", controllerPort, List.of("--role", "controller",
                    "--node-id", String.valueOf(CONTROLLER_ID), "--cluster-id", clusterId, "--controllers", voters))
                    .launch();
            for (int id = 1; id <= 3; id++) {
                brokers.add(new BrokerProcess(work, "broker-" + id, freePort(), List.of("--role", "broker",
                        "--node-id", String.valueOf(id), "--cluster-id", clusterId, "--controllers", voters)).launch());
            }
            controller.awaitReady();
            List<String> addresses = new ArrayList<>();
            for (BrokerProcess broker : brokers) {
                addresses.add(broker.awaitReady());
            }
            started = new Started(String.join(",", addresses), since(t));
            victim = brokers.get(1);
        }

        @Override
        public Started started() {
            return started;
        }

        @Override
        public String fail() throws Exception {
            assertKilled(victim.kill(), "broker 2");
            return "broker 2 of 3 killed";
        }

        @Override
        public String recover() throws Exception {
            long t = System.nanoTime();
            victim.launch().awaitReady();
            return "broker 2 restarted in " + since(t).toMillis() + " ms";
        }

        @Override
        public void kill() throws InterruptedException {
            for (BrokerProcess broker : brokers) {
                broker.killIfAlive();
            }
            controller.killIfAlive();
        }
    }
}
