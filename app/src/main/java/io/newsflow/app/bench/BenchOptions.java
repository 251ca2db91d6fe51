package io.newsflow.app.bench;

import io.newsflow.model.Checks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What the pipeline benchmark runs.
 *
 * @param articles        text articles (about 5 KB each) for the pass-through and the pipeline
 * @param pages           HTML pages (20 to 200 KB) for the pass-through and the pipeline
 * @param exactShare      share of exact duplicates in both workloads
 * @param nearShare       share of near duplicates in both workloads
 * @param seed            the workloads' seed
 * @param warmup          text articles (and a quarter as many HTML pages) run through the pipeline first,
 *                        unmeasured, so the JIT compiler has done much of its work before anything is measured
 *                        (0 for none; it is not done: the table shows how much it still compiles)
 * @param latencyDuration how long continuous mode runs for the latency measurement (zero skips it)
 * @param latencyWarmup   how long continuous mode runs before that; its records are reported apart (the start-up)
 * @param loadShare       the continuous rate as a share of the measured pipeline capacity (0.5 = half)
 * @param workDir         where the broker, the Streams state, the workloads and the output live
 * @param overrides       configuration overrides for every stage (dotted keys), e.g. {@code sink.flush-interval}
 */
public record BenchOptions(int articles, int pages, double exactShare, double nearShare, long seed, int warmup,
                           Duration latencyDuration, Duration latencyWarmup, double loadShare, Path workDir, Map<String, Object> overrides) {
    public BenchOptions {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be 1 or more, was " + articles);
        }
        if (pages < 0) {
            throw new IllegalArgumentException("pages must be 0 or more, was " + pages);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup must be 0 or more, was " + warmup);
        }
        Checks.notNull(latencyDuration, "latencyDuration");
        if (Checks.notNull(latencyWarmup, "latencyWarmup").isNegative()) {
            throw new IllegalArgumentException("latencyWarmup must be 0 or more, was " + latencyWarmup);
        }
        if (loadShare <= 0 || loadShare > 1) {
            throw new IllegalArgumentException("loadShare must be in (0, 1], was " + loadShare);
        }
        Checks.notNull(workDir, "workDir");
        overrides = Map.copyOf(Checks.notNull(overrides, "overrides"));
    }
}
