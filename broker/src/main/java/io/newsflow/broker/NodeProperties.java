package io.newsflow.broker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The server properties of an embedded node: its role's listeners, replication fitting its cluster, a modest footprint. */
final class NodeProperties {
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String HOST = "127.0.0.1";

    private NodeProperties() {
    }

    /** {@code port} is the node's own listener: clients' for a broker or combined node, the quorum's for a controller. */
    static Map<String, String> of(ClusterNode node, Path logDir, int port) {
        Map<String, String> p = new HashMap<>();
        p.put("process.roles", node.role().processRoles());
        p.put("node.id", String.valueOf(node.nodeId()));
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("metadata.log.dir", logDir.toString());
        switch (node.role()) {
            case COMBINED -> {
                int controllerPort = FreePorts.next();
                p.put("controller.quorum.voters", node.nodeId() + "@" + HOST + ":" + controllerPort);
                p.put("listeners", listener(BROKER_LISTENER, port) + "," + listener(CONTROLLER_LISTENER, controllerPort));
                brokerListener(p, port);
            }
            case CONTROLLER -> {
                p.put("controller.quorum.voters", node.controllerVoters());
                p.put("listeners", listener(CONTROLLER_LISTENER, port));
            }
            case BROKER -> {
                p.put("controller.quorum.voters", node.controllerVoters());
                p.put("listeners", listener(BROKER_LISTENER, port));
                brokerListener(p, port);
            }
        }
        replication(p, node.replication(), node.minInSyncReplicas());
        // newsflow creates its topics itself, with the partitions and configs it wants
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // a modest footprint beside the pipeline in one JVM
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.segment.bytes", String.valueOf(128 * 1024 * 1024));
        return p;
    }

    private static void brokerListener(Map<String, String> p, int port) {
        p.put("advertised.listeners", listener(BROKER_LISTENER, port));
        p.put("inter.broker.listener.name", BROKER_LISTENER);
    }

    /** Internal topics (offsets, transactions, share state) and default topics with the cluster's replication. */
    private static void replication(Map<String, String> p, int replication, int minInSync) {
        String factor = String.valueOf(replication);
        String minIsr = String.valueOf(minInSync);
        p.put("offsets.topic.replication.factor", factor);
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", factor);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", factor);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("min.insync.replicas", minIsr);
        p.put("default.replication.factor", factor);
    }

    private static String listener(String name, int port) {
        return name + "://" + HOST + ":" + port;
    }
}
