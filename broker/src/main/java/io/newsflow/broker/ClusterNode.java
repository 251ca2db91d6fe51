package io.newsflow.broker;

import java.util.Objects;

/**
 * Where a node sits in its KRaft cluster. newsflow's default is {@link #standalone()}: one combined broker and
 * controller whose internal topics have one replica. A cluster of separate processes has one or more
 * {@link Role#CONTROLLER} nodes and several {@link Role#BROKER} nodes that share a cluster id and a static
 * controller quorum ({@code controller.quorum.voters}, e.g. {@code 1@127.0.0.1:9093}); {@code replication} is
 * then the replication of every internal and default topic, with {@code min.insync.replicas} one less (at least 1),
 * as production clusters run.
 *
 * @param nodeId the node's {@code node.id}, unique in the cluster
 * @param role what the node runs
 * @param clusterId the cluster id its storage is formatted with; {@code null} for a standalone node (a new random
 *        one when the directory is formatted)
 * @param controllerVoters the static quorum, {@code id@host:port,...}; {@code null} for a standalone node (itself)
 * @param replication the replication factor of internal and default topics
 */
public record ClusterNode(int nodeId, Role role, String clusterId, String controllerVoters, int replication) {
    /** What a node runs: {@code process.roles}. */
    public enum Role {
        COMBINED("broker,controller"), CONTROLLER("controller"), BROKER("broker");

        private final String processRoles;

        Role(String processRoles) {
            this.processRoles = processRoles;
        }

        String processRoles() {
            return processRoles;
        }

        boolean takesClients() {
            return this != CONTROLLER;
        }
    }

    public ClusterNode {
        Objects.requireNonNull(role, "role can't be null");
        if (nodeId < 0) {
            throw new IllegalArgumentException("nodeId must be 0 or more, was " + nodeId);
        }
        if (replication < 1) {
            throw new IllegalArgumentException("replication must be 1 or more, was " + replication);
        }
        if (role != Role.COMBINED && (clusterId == null || controllerVoters == null)) {
            throw new IllegalArgumentException("a " + role + " node needs the cluster id and the controller quorum");
        }
    }

    /** One combined broker and controller: newsflow's embedded broker. */
    public static ClusterNode standalone() {
        return new ClusterNode(1, Role.COMBINED, null, null, 1);
    }

    /** A controller-only node of a cluster. */
    public static ClusterNode controller(int nodeId, String clusterId, String controllerVoters, int replication) {
        return new ClusterNode(nodeId, Role.CONTROLLER, clusterId, controllerVoters, replication);
    }

    /** A broker-only node of a cluster. */
    public static ClusterNode broker(int nodeId, String clusterId, String controllerVoters, int replication) {
        return new ClusterNode(nodeId, Role.BROKER, clusterId, controllerVoters, replication);
    }

    /** {@code min.insync.replicas} for this replication: one replica may be down and writes go on. */
    int minInSyncReplicas() {
        return Math.max(1, replication - 1);
    }
}
