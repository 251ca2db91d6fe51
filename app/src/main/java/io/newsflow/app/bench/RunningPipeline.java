package io.newsflow.app.bench;

import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.processing.ProcessingService;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkStats;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Processing and sink running, as in {@code newsflow run}, ready for input: started, and processing RUNNING
 * (its group formed, its stores restored) before anything is ingested, so start-up is not measured.
 */
final class RunningPipeline implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofMinutes(2);

    private final NewsflowConfig config;
    private final ProcessingService processing;
    private final SinkService sink;
    private final Thread sinkThread;
    private final GroupProgress progress;

    private RunningPipeline(NewsflowConfig config, ProcessingService processing, SinkService sink) {
        this.config = config;
        this.processing = processing;
        this.sink = sink;
        this.sinkThread = new Thread(sink, "bench-sink");
        this.progress = new GroupProgress(config.kafka().bootstrapServers(), config.kafka().properties());
    }

    static RunningPipeline start(PipelineStages stages) throws TimeoutException, InterruptedException {
        RunningPipeline pipeline = new RunningPipeline(stages.config(), stages.processing(), stages.sink());
        try {
            pipeline.processing.start();
            pipeline.sinkThread.start();
            Await.until(() -> pipeline.processing.state() == KafkaStreams.State.RUNNING, START_LIMIT,
                    "processing reaching RUNNING");
            return pipeline;
        } catch (TimeoutException | InterruptedException | RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /**
     * Waits until the sink has {@code records} records in renamed files. Once processing has consumed the raw
     * topic, the sink is asked to close its open files at once rather than at its flush interval.
     */
    void awaitWritten(long records, Duration limit) throws TimeoutException, InterruptedException {
        String raw = config.kafka().topicNames().raw();
        Await.until(() -> {
            if (sink.failure().isPresent()) {
                throw sink.failure().get();
            }
            if (written() >= records) {
                return true;
            }
            if (progress.caughtUp(processing.applicationId(), raw)) {
                sink.requestFlush();
            }
            return false;
        }, limit, records + " records written by the sink");
    }

    long written() {
        SinkStats stats = sink.stats();
        return stats.totalRecords() + stats.deadLetters();
    }

    SinkStats sinkStats() {
        return sink.stats();
    }

    String applicationId() {
        return processing.applicationId();
    }

    @Override
    public void close() {
        try {
            sink.close();
            sinkThread.join(Duration.ofMinutes(1).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            processing.close();
            progress.close();
        }
    }
}
