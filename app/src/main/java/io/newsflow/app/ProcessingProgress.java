package io.newsflow.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether the processing stage has processed everything written to its input topics: the raw topic and its own
 * repartition topics, read from the Streams application's committed offsets. Works whichever process runs the
 * stage.
 */
final class ProcessingProgress {
    private final Admin admin;
    private final String applicationId;
    private final String rawTopic;

    ProcessingProgress(Admin admin, String applicationId, String rawTopic) {
        this.admin = admin;
        this.applicationId = applicationId;
        this.rawTopic = rawTopic;
    }

    boolean isDrained(Backlog backlog) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata().get();
        for (TopicPartition partition : inputPartitions()) {
            OffsetAndMetadata offset = committed.get(partition);
            long from = offset == null ? backlog.beginning(partition) : offset.offset();
            if (!backlog.isEmptyFrom(partition, from)) {
                return false;
            }
        }
        return true;
    }

    private List<TopicPartition> inputPartitions() throws ExecutionException, InterruptedException {
        List<String> topics = new ArrayList<>();
        topics.add(rawTopic);
        for (String name : admin.listTopics().names().get()) {
            if (name.startsWith(applicationId + "-") && name.endsWith("-repartition")) {
                topics.add(name);
            }
        }
        List<TopicPartition> partitions = new ArrayList<>();
        for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
            topic.partitions().forEach(p -> partitions.add(new TopicPartition(topic.name(), p.partition())));
        }
        return partitions;
    }
}
