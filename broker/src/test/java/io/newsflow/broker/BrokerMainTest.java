package io.newsflow.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BrokerMainTest {
    @Test
    void shouldRunAStandaloneNodeGivenOnlyDirectoryAndPort() {
        assertThat(BrokerMain.node(new String[] {"data/kafka", "9092"})).isEqualTo(ClusterNode.standalone());
    }

    @Test
    void shouldReadAClusterNodeFromItsOptions() {
        ClusterNode node = BrokerMain.node(new String[] {"d", "9092", "--role", "broker", "--node-id", "2",
                "--cluster-id", "abc", "--controllers", "100@127.0.0.1:9093"});
        assertThat(node).isEqualTo(ClusterNode.broker(2, "abc", "100@127.0.0.1:9093", 3));
        assertThat(node.minInSyncReplicas()).isEqualTo(2);
    }

    @Test
    void shouldRefuseUnknownOrMissingOptions() {
        assertThatThrownBy(() -> BrokerMain.node(new String[] {"d", "9092", "--role", "broker", "--bogus", "1"}))
                .hasMessageContaining("unknown option --bogus");
        assertThatThrownBy(() -> BrokerMain.node(new String[] {"d", "9092", "--role", "controller", "--node-id", "1"}))
                .hasMessageContaining("missing --cluster-id");
        assertThatThrownBy(() -> BrokerMain.node(new String[] {"d", "9092", "--role"}))
                .hasMessageContaining("option value pairs");
    }

    @Test
    void shouldRefuseAClusterNodeWithoutItsQuorum() {
        assertThatThrownBy(() -> new ClusterNode(2, ClusterNode.Role.BROKER, "abc", null, 3))
                .hasMessageContaining("needs the cluster id and the controller quorum");
    }
}
