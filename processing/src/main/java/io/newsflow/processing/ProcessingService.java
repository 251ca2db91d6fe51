package io.newsflow.processing;

import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.processing.topology.PipelineParts;
import io.newsflow.processing.topology.PipelineTopology;
import java.time.Duration;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processing stage as a service: the pipeline topology running in Kafka Streams. A stream thread that dies
 * of an unexpected error is replaced (its tasks resume from the last committed transaction), so the service
 * keeps running.
 */
public final class ProcessingService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessingService.class);

    private final KafkaStreams streams;
    private final String applicationId;

    public ProcessingService(NewsflowConfig config, String bootstrapServers, PipelineParts parts) {
        Topology topology = PipelineTopology.build(config.kafka().topicNames(), config.processing(), parts);
        this.applicationId = StreamsSettings.applicationId(config);
        this.streams = new KafkaStreams(topology, StreamsSettings.of(config, bootstrapServers));
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("a processing thread failed; replacing it", exception);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> LOG.info("processing {} -> {}", before, now));
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The consumer group of the Streams application, whose committed offsets tell how far processing got. */
    public String applicationId() {
        return applicationId;
    }

    /**
     * Closes gracefully: the current transaction commits, state stores flush, and the instance leaves the
     * consumer group, so a restart or another instance takes over its partitions at once instead of after the
     * session timeout.
     */
    public void close(Duration timeout) {
        streams.close(CloseOptions.timeout(timeout)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
