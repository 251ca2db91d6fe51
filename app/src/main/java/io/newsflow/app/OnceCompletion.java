package io.newsflow.app;

import io.newsflow.sink.SinkService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when a {@code --once} run is done: processing has consumed every committed record of the raw topic and
 * of its repartition topics, and the sink has every committed record of the output topics in renamed files.
 * The check is repeated once the sink is caught up, since processing may have produced in the meantime.
 */
final class OnceCompletion {
    private static final Logger LOG = LoggerFactory.getLogger(OnceCompletion.class);
    private static final Duration RECHECK = Duration.ofMillis(200);

    private final KafkaRuntime kafka;
    private final ProcessingProgress processing;
    private final SinkService sink;

    OnceCompletion(KafkaRuntime kafka, String applicationId, SinkService sink) {
        this.kafka = kafka;
        this.processing = new ProcessingProgress(kafka.admin(), applicationId,
                kafka.config().kafka().topicNames().raw());
        this.sink = sink;
    }

    /** Blocks until all is written, the sink fails, or the time limit passes. */
    void await(Duration limit) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + limit.toNanos();
        try (Backlog backlog = new Backlog(kafka.clientProperties())) {
            while (!done(backlog)) {
                if (sink.failure().isPresent()) {
                    throw sink.failure().get();
                }
                if (System.nanoTime() > deadline) {
                    throw new OnceTimeoutException("not all input was processed and written within "
                            + limit.toSeconds() + " s (raise it with --once-timeout)");
                }
                Thread.sleep(RECHECK.toMillis());
            }
        }
    }

    private boolean done(Backlog backlog) throws ExecutionException, InterruptedException {
        if (!processing.isDrained(backlog)) {
            return false;
        }
        sink.requestFlush();
        if (!sinkDrained(backlog)) {
            return false;
        }
        boolean done = processing.isDrained(backlog);
        if (done) {
            LOG.debug("all input processed and written");
        }
        return done;
    }

    private boolean sinkDrained(Backlog backlog) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> written = sink.writtenPositions();
        List<String> outputs = kafka.config().kafka().topicNames().outputs();
        for (TopicDescription topic : kafka.admin().describeTopics(outputs).allTopicNames().get().values()) {
            for (var info : topic.partitions()) {
                TopicPartition partition = new TopicPartition(topic.name(), info.partition());
                Long position = written.get(partition);
                if (position == null ? !backlog.isEmptyFrom(partition, 0) : !backlog.isEmptyFrom(partition, position)) {
                    return false;
                }
            }
        }
        return true;
    }
}
