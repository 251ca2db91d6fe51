package io.newsflow.app;

import io.newsflow.app.bench.BenchOptions;
import io.newsflow.app.bench.PipelineBench;
import io.newsflow.app.bench.PipelineStages;
import io.newsflow.ingest.FolderIngestor;
import io.newsflow.ingest.Replayer;
import io.newsflow.model.config.ConfigLoader;
import io.newsflow.model.config.Durations;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.processing.ProcessingService;
import io.newsflow.sink.SinkService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow bench pipeline}: the measurements live in {@link PipelineBench}; this wires the stages. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Generate text articles and HTML pages (with exact and near duplicates), then on one embedded "
                + "broker measure: a pass-through Kafka Streams app (exactly_once_v2) on those records, the whole "
                + "pipeline (ingest → processing → sink files) on them, and latency in continuous mode at half the "
                + "measured capacity; memory, state and output sizes. Prints a table and, last, one JSON line.",
                "The defaults take about 1–2 minutes; --full runs a larger workload."})
final class BenchPipelineCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "Text articles, about 5 KB each (default: 4000; --full 30000)")
    Integer articles;

    @Option(names = "--pages", paramLabel = "N", description = "HTML pages of 20–200 KB (default: 1000, so the pipeline's fixed latency of about 2 s is a small part of the rate; --full 3000)")
    Integer pages;

    @Option(names = "--latency-duration", paramLabel = "DURATION",
            description = "How long continuous mode runs; 0 skips it (default: 20s; --full 90s)")
    String latencyDuration;

    @Option(names = "--latency-warmup", paramLabel = "DURATION",
            description = "How long continuous mode runs before latencies count: the start-up's records are "
                    + "reported apart (default: 5s; --full 10s)")
    String latencyWarmup;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Text articles (and a quarter as many HTML pages) run through the pipeline first, "
                    + "unmeasured, to warm up the JIT (default: 1000; --full 3000)")
    Integer warmup;

    @Option(names = "--full", description = "A larger run (several minutes)")
    boolean full;

    @Option(names = "--exact-duplicates", paramLabel = "SHARE", defaultValue = "0.1",
            description = "Share of exact duplicates (default: ${DEFAULT-VALUE})")
    double exactShare;

    @Option(names = "--near-duplicates", paramLabel = "SHARE", defaultValue = "0.1",
            description = "Share of near duplicates (default: ${DEFAULT-VALUE})")
    double nearShare;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Workload seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--load", paramLabel = "SHARE", defaultValue = "0.5",
            description = "Continuous rate as a share of the measured pipeline capacity (default: ${DEFAULT-VALUE})")
    double load;

    @Option(names = "--flush-interval", paramLabel = "DURATION", defaultValue = "1s",
            description = "sink.flush-interval during the benchmark: the latency to a file is at least this "
                    + "(default: ${DEFAULT-VALUE})")
    String flushInterval;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of every topic (default: kafka.partitions)")
    Integer partitions;

    @Option(names = "--stream-threads", paramLabel = "N",
            description = "Kafka Streams threads (default: processing.stream-threads)")
    Integer streamThreads;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Any configuration key, e.g. --set kafka.streams.commit.interval.ms=200 (repeatable)")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file (default: $NEWSFLOW_CONFIG)")
    Path config;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the broker, state, workloads and output go (default: a temporary folder, deleted "
                    + "at the end)")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        Path dir = workDir != null ? workDir : Files.createTempDirectory("newsflow-bench");
        try {
            BenchOptions options = new BenchOptions(pick(articles, 4000, 30_000), pick(pages, 1000, 3000),
                    exactShare, nearShare, seed, pick(warmup, 1000, 3000), duration(latencyDuration, "20s", "90s"),
                    duration(latencyWarmup, "5s", "10s"), load, dir, overrides());
            PrintWriter out = spec.commandLine().getOut();
            new PipelineBench(options, this::open, Clock.systemUTC()).run(out);
            return ExitCodes.OK;
        } finally {
            if (workDir == null) {
                delete(dir);
            }
        }
    }

    private Duration duration(String given, String quick, String large) {
        String text = given != null ? given : full ? large : quick;
        return text.trim().equals("0") ? Duration.ZERO : Durations.parse(text);
    }

    private int pick(Integer given, int quick, int large) {
        return given != null ? given : full ? large : quick;
    }

    /** --set keys; kafka.streams.* and kafka.properties.* keys are merged into those maps of the configuration. */
    private Map<String, Object> overrides() {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("sink.flush-interval", flushInterval);
        KafkaOptions.put(overrides, "kafka.partitions", partitions);
        KafkaOptions.put(overrides, "processing.stream-threads", streamThreads);
        NewsflowConfig base = load(Map.of());
        Map<String, String> streams = new HashMap<>(base.kafka().streams());
        Map<String, String> properties = new HashMap<>(base.kafka().properties());
        settings.forEach((key, value) -> {
            if (key.startsWith("kafka.streams.")) {
                streams.put(key.substring("kafka.streams.".length()), value);
            } else if (key.startsWith("kafka.properties.")) {
                properties.put(key.substring("kafka.properties.".length()), value);
            } else {
                overrides.put(key, value);
            }
        });
        overrides.put("kafka.streams", streams);
        overrides.put("kafka.properties", properties);
        return overrides;
    }

    private NewsflowConfig load(Map<String, Object> overrides) {
        Path file = config;
        String fromEnv = System.getenv("NEWSFLOW_CONFIG");
        if (file == null && fromEnv != null && !fromEnv.isBlank()) {
            file = Path.of(fromEnv);
        }
        return ConfigLoader.load(file, System.getenv(), overrides);
    }

    /** The stages exactly as {@code run} builds them. */
    private PipelineStages open(Map<String, Object> overrides) {
        KafkaRuntime runtime = KafkaRuntime.open(load(overrides));
        return new PipelineStages() {
            @Override
            public NewsflowConfig config() {
                return runtime.config();
            }

            @Override
            public ProcessingService processing() {
                return Stages.processing(runtime);
            }

            @Override
            public SinkService sink() {
                return Stages.sink(runtime);
            }

            @Override
            public FolderIngestor folders() {
                return Ingestion.folders(runtime);
            }

            @Override
            public Replayer replayer(List<Path> inputs) {
                return Ingestion.replayer(runtime, inputs);
            }

            @Override
            public void close() {
                runtime.close();
            }
        };
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
