package io.newsflow.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.newsflow.model.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag of the pipeline's consumer groups, from the cluster (Admin), whichever process runs them:
 * {@code newsflow_consumer_lag_records{group,topic}} — committed records (read_committed end offset) not yet
 * consumed and committed by the group; a partition the group has never committed counts from its beginning.
 */
public final class ConsumerLag {
    private static final long TIMEOUT_MS = 5_000;

    /**
     * A consumer group and the topics it reads.
     *
     * @param id     the group id (the Streams application id for the processing stage)
     * @param inputs which topic names the group reads
     */
    public record Group(String id, Predicate<String> inputs) {
        public Group {
            Checks.notBlank(id, "id");
            Checks.notNull(inputs, "inputs");
        }
    }

    private final Admin admin;
    private final List<Group> groups;
    private final MultiGauge gauge;
    private volatile Map<String, Map<String, Long>> lag = Map.of();

    public ConsumerLag(Admin admin, List<Group> groups, MeterRegistry registry) {
        this.admin = Checks.notNull(admin, "admin");
        this.groups = List.copyOf(Checks.notNull(groups, "groups"));
        this.gauge = MultiGauge.builder("newsflow.consumer.lag").baseUnit("records")
                .description("records committed to a topic that a consumer group has not consumed yet")
                .register(Checks.notNull(registry, "registry"));
    }

    /** Asks the cluster; keeps the previous figures when it does not answer in time. */
    public void refresh() throws ExecutionException, InterruptedException, TimeoutException {
        Map<String, Map<String, Long>> now = new TreeMap<>();
        List<String> topics = new ArrayList<>(admin.listTopics().names().get(TIMEOUT_MS, TimeUnit.MILLISECONDS));
        for (Group group : groups) {
            List<String> inputs = topics.stream().filter(group.inputs()).toList();
            now.put(group.id(), inputs.isEmpty() ? Map.of() : lagOf(group.id(), partitions(inputs)));
        }
        lag = now;
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        now.forEach((group, byTopic) -> byTopic.forEach((topic, records) ->
                rows.add(MultiGauge.Row.of(Tags.of("group", group, "topic", topic), records))));
        gauge.register(rows, true);
    }

    /** Group id to topic to records behind, as of the last refresh. */
    public Map<String, Map<String, Long>> lag() {
        return lag;
    }

    /** The total lag of one group as of the last refresh; 0 when unknown. */
    public long total(String group) {
        return lag.getOrDefault(group, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<String, Long> lagOf(String group, List<TopicPartition> partitions)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResultInfo> beginnings = offsets(partitions, OffsetSpec.earliest());
        Map<String, Long> byTopic = new TreeMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            long from = offset != null ? offset.offset() : beginnings.get(partition).offset();
            byTopic.merge(partition.topic(), Math.max(0, ends.get(partition).offset() - from), Long::sum);
        }
        return byTopic;
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        return admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    private List<TopicPartition> partitions(List<String> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<TopicPartition> partitions = new ArrayList<>();
        for (TopicDescription topic : admin.describeTopics(topics).allTopicNames()
                .get(TIMEOUT_MS, TimeUnit.MILLISECONDS).values()) {
            topic.partitions().forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
        }
        return partitions;
    }
}
