package io.newsflow.app;

import io.newsflow.ingest.IngestStats;
import io.newsflow.ingest.ReplayMode;
import io.newsflow.ingest.ReplayProgress;
import io.newsflow.ingest.Replayer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Publishes files and folders to the raw topic, whether or not they were ingested before. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Publish article files and folders to the raw topic (.txt, .html/.htm, .json, .jsonl, "
                + "each optionally .gz), even if they were published before, and print the counts. An "
                + "interrupted replay can be finished with --resume.",
                "Unreadable files and bad records go to the rejected topic with the reason."})
final class ReplayCommand implements Callable<Integer> {
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to publish")
    List<Path> paths;

    @Option(names = "--resume", description = "Finish the last, interrupted replay of the same paths instead of "
            + "starting a new one: each of its records is then published exactly once in all")
    boolean resume;

    @Mixin
    KafkaOptions kafka;

    private long lastProgressNanos = System.nanoTime();

    @Override
    public Integer call() {
        try (Lifecycle lifecycle = new Lifecycle();
             KafkaRuntime runtime = KafkaRuntime.open(kafka.load());
             Replayer replayer = Ingestion.replayer(runtime, paths)) {
            lifecycle.onStop(replayer::stop);
            IngestStats stats = replayer.replay(paths, resume ? ReplayMode.RESUME : ReplayMode.NEW, this::progress);
            Ingestion.log("replayed", stats);
            if (resume && stats.filesPublished() == 0) {
                System.out.println("nothing to resume: the last replay of these paths had finished");
                return ExitCodes.OK;
            }
            System.out.printf("replayed %d files: %d records to the raw topic, %d rejected, %d files ignored%n",
                    stats.filesPublished(), stats.recordsAccepted(), stats.recordsRejected(), stats.filesIgnored());
            return ExitCodes.OK;
        }
    }

    private void progress(ReplayProgress p) {
        long now = System.nanoTime();
        if (now - lastProgressNanos < PROGRESS_EVERY.toNanos() && p.filesDone() < p.filesTotal()) {
            return;
        }
        lastProgressNanos = now;
        double rate = p.recordsPerSecond();
        long filesLeft = p.filesTotal() - p.filesDone();
        double filesPerSecond = p.elapsed().toMillis() == 0 ? 0 : p.filesDone() * 1000.0 / p.elapsed().toMillis();
        String eta = filesPerSecond <= 0 ? "?" : Math.round(filesLeft / filesPerSecond) + " s";
        System.err.printf("replay: %d/%d files, %d records (%.0f records/s), ETA %s%n", p.filesDone(),
                p.filesTotal(), p.records(), rate, eta);
    }
}
