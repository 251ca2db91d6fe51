package io.newsflow.app.bench;

import io.newsflow.app.bench.workload.WorkloadGenerator;
import io.newsflow.ingest.ReplayListener;
import io.newsflow.ingest.Replayer;
import io.newsflow.model.config.NewsflowConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Continuous mode at a fixed rate: processing and sink run, and every 100 ms a small JSON Lines file with the
 * records due by then is written and published with ingest's replayer (each such file is one transaction, as a
 * folder of incoming files would be). The load runs for a warm-up and then for the measured duration; when it ends
 * and everything is written, the latency of each record is read back from the sink's files ({@link OutputLatencies}),
 * the warm-up's records apart.
 */
final class ContinuousLoad {
    private static final Duration TICK = Duration.ofMillis(100);
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(10);

    private final Clock clock;

    ContinuousLoad(Clock clock) {
        this.clock = clock;
    }

    Result measure(PipelineStages stages, WorkloadGenerator records, double perSecond, Duration warmup,
                   Duration duration, Path chunks) throws TimeoutException, InterruptedException, IOException {
        Files.createDirectories(chunks);
        NewsflowConfig config = stages.config();
        try (RunningPipeline pipeline = RunningPipeline.start(stages);
             Replayer replayer = stages.replayer(List.of(chunks))) {
            Pacer pacer = new Pacer(records, replayer, perSecond, chunks, clock.instant());
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "bench-load"));
            try {
                ticker.scheduleAtFixedRate(pacer::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
                Duration load = warmup.plus(duration);
                Await.until(() -> pacer.failure.isDone() || clock.instant().isAfter(pacer.start.plus(load)),
                        load.plus(DRAIN_LIMIT), "the end of the load");
            } finally {
                ticker.shutdown();
                ticker.awaitTermination(1, TimeUnit.MINUTES);
            }
            pacer.failure.complete(null);
            pacer.failure.join();
            pipeline.awaitWritten(pacer.sent, DRAIN_LIMIT);
            OutputLatencies.Sample latencies = OutputLatencies.read(List.of(config.sink().outDir().resolve("articles"),
                    config.sink().outDir().resolve("duplicates")), pacer.start.plus(warmup));
            double seconds = Duration.between(pacer.start, clock.instant()).toMillis() / 1000.0;
            return new Result(perSecond, pacer.sent, seconds, latencies.toFile(), latencies.toProcessed(), warmup,
                    latencies.warmupToFile());
        }
    }

    /**
     * @param targetPerSecond the rate asked for
     * @param records         records published, the warm-up's included
     * @param seconds         from the first record to the last written
     * @param toFile          ingest to file, ms, after the warm-up
     * @param toProcessed     ingest to the end of processing, ms, after the warm-up
     * @param warmup          how long the load ran before its records were measured
     * @param warmupToFile    ingest to file, ms, of the warm-up's records
     */
    record Result(double targetPerSecond, long records, double seconds, Percentiles toFile, Percentiles toProcessed,
                  Duration warmup, Percentiles warmupToFile) {
    }

    /** Publishes the records due at each tick; a tick that finds the previous one late catches up. */
    private final class Pacer {
        private final WorkloadGenerator records;
        private final Replayer replayer;
        private final double perSecond;
        private final Path chunks;
        private final Instant start;
        private final CompletableFuture<Void> failure = new CompletableFuture<>();
        private volatile int sent;

        Pacer(WorkloadGenerator records, Replayer replayer, double perSecond, Path chunks, Instant start) {
            this.records = records;
            this.replayer = replayer;
            this.perSecond = perSecond;
            this.chunks = chunks;
            this.start = start;
        }

        void tick() {
            if (failure.isDone()) {
                return;
            }
            try {
                double elapsed = Duration.between(start, clock.instant()).toNanos() / 1e9;
                int due = (int) Math.floor(elapsed * perSecond) - sent;
                if (due <= 0) {
                    return;
                }
                Path file = chunks.resolve(String.format("chunk-%08d.jsonl", sent));
                records.writeChunk(file, sent, sent + due);
                replayer.replay(List.of(file), ReplayListener.NONE);
                sent += due;
            } catch (IOException | RuntimeException e) {
                failure.completeExceptionally(e);
            }
        }
    }
}
