package io.newsflow.app.bench;

import io.newsflow.app.bench.workload.Workload;
import io.newsflow.ingest.FolderIngestor;
import io.newsflow.ingest.IngestStats;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.sink.SinkStats;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

/**
 * The whole pipeline on a workload, as {@code newsflow run --once} runs it: processing and sink started and
 * ready, then the folder ingestor scans the workload once while they work. The clock runs from the start of the
 * scan until the sink has every record (articles, duplicates, rejected) in renamed files.
 */
final class FullPipeline {
    private static final Duration LIMIT = Duration.ofHours(2);

    private final Clock clock;
    private final Runnable beforeClose;

    /** @param beforeClose run when all is written, before the stages close (to measure memory) */
    FullPipeline(Clock clock, Runnable beforeClose) {
        this.clock = clock;
        this.beforeClose = beforeClose;
    }

    Result measure(PipelineStages stages, Workload workload) throws TimeoutException, InterruptedException {
        NewsflowConfig config = stages.config();
        Result result;
        Path state;
        try (RunningPipeline pipeline = RunningPipeline.start(stages);
             FolderIngestor ingest = stages.folders()) {
            Instant start = clock.instant();
            IngestStats in = ingest.scanOnce();
            Duration ingestTook = Duration.between(start, clock.instant());
            pipeline.awaitWritten(in.records(), LIMIT);
            Duration took = Duration.between(start, clock.instant());
            beforeClose.run();
            SinkStats out = pipeline.sinkStats();
            TopicNames names = config.kafka().topicNames();
            state = config.dataDir().resolve("streams").resolve(pipeline.applicationId());
            long articleBytes = DirectorySize.of(config.sink().outDir().resolve("articles"));
            long internalBytes = TopicSizes.bytesWithPrefix(config.kafka().bootstrapServers(),
                    config.kafka().properties(), pipeline.applicationId() + "-");
            result = new Result(new Throughput(in.records(), workload.contentBytes(), took),
                    new Throughput(in.records(), workload.contentBytes(), ingestTook),
                    out.recordsWritten().getOrDefault(names.articles(), 0L),
                    out.recordsWritten().getOrDefault(names.duplicates(), 0L),
                    out.recordsWritten().getOrDefault(names.rejected(), 0L) + out.deadLetters(),
                    0, internalBytes, articleBytes, 0);
        }
        // measured once the stages have closed: RocksDB writes what its memtables hold only then (Kafka Streams
        // runs it without a write-ahead log), so a running store's directory misses most of its recent state
        return result.withStateBytes(DirectorySize.of(state));
    }

    /**
     * @param pipeline     ingest start to the last record in a file
     * @param ingest       the scan alone (it runs while processing works)
     * @param articles     articles written
     * @param duplicates   duplicates written
     * @param rejected     rejections written
     * @param stateBytes   the Streams state directory of the processing stage once it has closed
     * @param internalBytes the processing stage's repartition and changelog topics on the broker at the end
     * @param articleBytes the article files
     * @param compileMillis time the JIT compiler threads spent during the measurement ({@link CompilerTime})
     */
    record Result(Throughput pipeline, Throughput ingest, long articles, long duplicates, long rejected,
                  long stateBytes, long internalBytes, long articleBytes, long compileMillis) {
        Result withStateBytes(long bytes) {
            return new Result(pipeline, ingest, articles, duplicates, rejected, bytes, internalBytes, articleBytes,
                    compileMillis);
        }

        Result withCompileMillis(long millis) {
            return new Result(pipeline, ingest, articles, duplicates, rejected, stateBytes, internalBytes,
                    articleBytes, millis);
        }

        double stateBytesPerRecord() {
            return pipeline.records() == 0 ? 0 : (double) stateBytes / pipeline.records();
        }

        double internalBytesPerRecord() {
            return pipeline.records() == 0 ? 0 : (double) internalBytes / pipeline.records();
        }

        double bytesPerArticle() {
            return articles == 0 ? 0 : (double) articleBytes / articles;
        }
    }
}
