package io.newsflow.app.bench;

import io.newsflow.app.bench.workload.Workload;
import io.newsflow.app.bench.workload.WorkloadGenerator;
import io.newsflow.app.bench.workload.WorkloadSpec;
import io.newsflow.broker.EmbeddedKafkaBroker;
import io.newsflow.model.Checks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsflow bench pipeline}: generates the workloads, starts one embedded broker, and on it measures in
 * turn the pass-through limit, the whole pipeline on text articles and on HTML pages, and continuous mode at a
 * share of the measured capacity; then prints one table and, last, one JSON line. Each measurement has its own
 * topic prefix, application id and output folder, so none sees another's records or state.
 */
public final class PipelineBench {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineBench.class);
    /** Content the pass-through is timed on at least (the workload repeated, up to 20 times). */
    private static final long PASS_THROUGH_BYTES = 200L * 1024 * 1024;

    private final BenchOptions options;
    private final PipelineWiring wiring;
    private final Clock clock;

    public PipelineBench(BenchOptions options, PipelineWiring wiring, Clock clock) {
        this.options = Checks.notNull(options, "options");
        this.wiring = Checks.notNull(wiring, "wiring");
        this.clock = Checks.notNull(clock, "clock");
    }

    /** Runs every measurement and prints the table and the JSON line to {@code out}. */
    public void run(PrintWriter out) throws IOException, TimeoutException, InterruptedException {
        Checks.notNull(out, "out");
        BenchResult result;
        try (MemorySampler memory = new MemorySampler()) {
            result = measure(memory);
        }
        BenchReport report = new BenchReport(result);
        report.printTable(out);
        out.println(report.json());
        out.flush();
    }

    private BenchResult measure(MemorySampler memory) throws IOException, TimeoutException, InterruptedException {
        Workload text = generate(WorkloadSpec.Kind.TEXT, "text", options.articles(), options.seed());
        Workload html = generate(WorkloadSpec.Kind.HTML, "html", options.pages(), options.seed());
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(options.workDir().resolve("kafka"))) {
            Map<String, Object> base = new HashMap<>(options.overrides());
            base.put("kafka.bootstrap-servers", broker.bootstrapServers());
            base.put("data-dir", options.workDir().resolve("data").toString());
            Phases phases = new Phases(base);
            if (options.warmup() > 0) {
                phases.pipeline("warmup", generate(WorkloadSpec.Kind.TEXT, "warmup", options.warmup(),
                        options.seed() + 2), memory);
                if (html.records() > 0) {
                    phases.pipeline("warmup-html", generate(WorkloadSpec.Kind.HTML, "warmup-html",
                            Math.max(20, options.warmup() / 4), options.seed() + 2), memory);
                }
            }
            PassThrough.Result textLimit = phases.limit("limit-text", text, true);
            PassThrough.Result htmlLimit = html.records() == 0 ? null : phases.limit("limit-html", html, false);
            FullPipeline.Result textPipeline = phases.pipeline("text", text, memory);
            FullPipeline.Result htmlPipeline = html.records() == 0 ? null : phases.pipeline("html", html, memory);
            ContinuousLoad.Result latency = options.latencyDuration().isZero() ? null
                    : phases.continuous(textPipeline.pipeline().recordsPerSecond() * options.loadShare(), memory);
            return new BenchResult(text, html, textLimit, htmlLimit, textPipeline, htmlPipeline, latency,
                    memory.snapshot(), phases.streamThreads, phases.partitions);
        }
    }

    private Workload generate(WorkloadSpec.Kind kind, String name, int records, long seed) {
        Instant start = clock.instant();
        WorkloadSpec spec = WorkloadSpec.of(kind, records, seed, options.exactShare(), options.nearShare());
        Workload workload = new WorkloadGenerator(spec).writeTo(workloadDir(name));
        LOG.info("generated {} {} records ({} MB) in {} ms", workload.records(), name,
                workload.contentBytes() / (1024 * 1024), Duration.between(start, clock.instant()).toMillis());
        return workload;
    }

    private Path workloadDir(String name) {
        return options.workDir().resolve("workload").resolve(name);
    }

    /** Opens each measurement's stages on its own topics, application id and output folder. */
    private final class Phases {
        private final Map<String, Object> base;
        private int streamThreads;
        private int partitions;

        Phases(Map<String, Object> base) {
            this.base = base;
        }

        PassThrough.Result limit(String name, Workload workload, boolean withShape)
                throws TimeoutException, InterruptedException {
            try (PipelineStages stages = open(name, workload)) {
                int repeat = (int) Math.max(1, Math.min(20, PASS_THROUGH_BYTES / Math.max(1, workload.contentBytes())));
                PassThrough.Result result = new PassThrough(clock).measure(stages, workload, repeat, withShape);
                LOG.info("{}: pass-through {} records/s", name, Math.round(result.passThrough().recordsPerSecond()));
                return result;
            }
        }

        FullPipeline.Result pipeline(String name, Workload workload, MemorySampler memory)
                throws TimeoutException, InterruptedException {
            try (PipelineStages stages = open(name, workload)) {
                long compiling = CompilerTime.millis();
                FullPipeline.Result result = new FullPipeline(clock, memory::liveHeap).measure(stages, workload)
                        .withCompileMillis(CompilerTime.millis() - compiling);
                LOG.info("{}: pipeline {} records/s, JIT compiling {} ms", name,
                        Math.round(result.pipeline().recordsPerSecond()), result.compileMillis());
                return result;
            }
        }

        ContinuousLoad.Result continuous(double perSecond, MemorySampler memory)
                throws TimeoutException, InterruptedException, IOException {
            double seconds = options.latencyDuration().plus(options.latencyWarmup()).toMillis() / 1000.0;
            WorkloadSpec spec = WorkloadSpec.of(WorkloadSpec.Kind.TEXT, (int) Math.ceil(perSecond * seconds) + 1,
                    options.seed() + 1, options.exactShare(), options.nearShare());
            try (PipelineStages stages = open("live", null)) {
                LOG.info("live: {} records/s for {} s", Math.round(perSecond), Math.round(seconds));
                ContinuousLoad.Result result = new ContinuousLoad(clock).measure(stages, new WorkloadGenerator(spec),
                        Math.max(1, perSecond), options.latencyWarmup(), options.latencyDuration(), workloadDir("live"));
                memory.liveHeap();
                return result;
            }
        }

        private PipelineStages open(String name, Workload workload) {
            Map<String, Object> overrides = new HashMap<>(base);
            overrides.put("kafka.topic-prefix", name + ".");
            overrides.put("kafka.application-id", "bench-" + name);
            overrides.put("sink.out-dir", options.workDir().resolve("out").resolve(name).toString());
            if (workload != null) {
                overrides.put("ingest.inputs", List.of(workload.dir().toString()));
            }
            PipelineStages stages = wiring.open(overrides);
            streamThreads = stages.config().processing().streamThreads();
            partitions = stages.config().kafka().partitions();
            return stages;
        }
    }
}
