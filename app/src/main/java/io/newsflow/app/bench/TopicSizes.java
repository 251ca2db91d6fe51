package io.newsflow.app.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.common.Node;

/**
 * Bytes the broker holds for topics whose names start with a prefix (all replicas, after compression), from
 * the brokers' log directories: how much Kafka traffic a stage causes per record, which unlike time does not
 * depend on how busy the machine is.
 */
final class TopicSizes {
    private TopicSizes() {
    }

    static long bytesWithPrefix(String bootstrapServers, Map<String, String> clientProperties, String prefix) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            List<Integer> brokers = admin.describeCluster().nodes().get().stream().map(Node::id).toList();
            long bytes = 0;
            for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get().values()) {
                for (LogDirDescription dir : dirs.values()) {
                    bytes += dir.replicaInfos().entrySet().stream()
                            .filter(e -> e.getKey().topic().startsWith(prefix))
                            .mapToLong(e -> e.getValue().size()).sum();
                }
            }
            return bytes;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the log directories: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the log directories", e);
        }
    }
}
