package io.newsflow.app.bench;

import io.newsflow.app.bench.workload.Workload;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The benchmark's table for people and its one JSON line for scripts. */
final class BenchReport {
    private static final double MB = 1024 * 1024;
    private static final String ROW = "%-44s %9s %9s %11s %9s%n";

    private final BenchResult r;

    BenchReport(BenchResult result) {
        this.r = result;
    }

    void printTable(PrintWriter out) {
        out.printf(Locale.ROOT, "newsflow bench pipeline: %d text articles (%.1f KB avg), %d HTML pages (%.1f KB avg); "
                        + "%.0f%% exact and %.0f%% near duplicates; %d partitions, %d stream thread(s), %d cores%n",
                r.text().records(), r.text().averageRecordBytes() / 1024, r.html().records(),
                r.html().averageRecordBytes() / 1024, share(r.text().exactDuplicates()),
                share(r.text().nearDuplicates()), r.partitions(), r.streamThreads(),
                Runtime.getRuntime().availableProcessors());
        out.printf(ROW, "measurement", "records", "seconds", "records/s", "MB/s");
        row(out, "pass-through, text (exactly_once_v2)", r.textLimit().passThrough());
        if (r.textLimit().shape() != null) {
            row(out, "  through " + PassThrough.PIPELINE_REPARTITIONS + " repartitions (the shape, no work)",
                    r.textLimit().shape());
        }
        row(out, "replay to raw alone, text", r.textLimit().replay());
        row(out, "pipeline, text: ingest → files", r.textPipeline().pipeline());
        row(out, "  of which the ingest scan, text", r.textPipeline().ingest());
        if (r.htmlPipeline() != null) {
            row(out, "pass-through, HTML", r.htmlLimit().passThrough());
            row(out, "pipeline, HTML: ingest → files", r.htmlPipeline().pipeline());
        }
        out.printf(Locale.ROOT, "ratio pipeline / pass-through (text): %.3f   (goal ≥ 0.5)%n", r.ratio());
        if (r.textLimit().shape() != null) {
            out.printf(Locale.ROOT, "  the shape alone / pass-through: %.3f (what the topology's hops leave before any "
                    + "work); pipeline / shape: %.3f (what the work leaves of that)%n", shareOf(r.textLimit().shape()),
                    ratioTo(r.textPipeline().pipeline(), r.textLimit().shape()));
        }
        outcome(out, "text", r.textPipeline(), r.text());
        if (r.htmlPipeline() != null) {
            outcome(out, "HTML", r.htmlPipeline(), r.html());
        }
        out.printf(Locale.ROOT, "JIT compiler time during the pipeline runs (taken from the same 2 cores): text %.1f s of"
                        + " %.1f s%s%n", r.textPipeline().compileMillis() / 1000.0, r.textPipeline().pipeline().seconds(),
                r.htmlPipeline() == null ? "" : String.format(Locale.ROOT, ", HTML %.1f s of %.1f s",
                        r.htmlPipeline().compileMillis() / 1000.0, r.htmlPipeline().pipeline().seconds()));
        if (r.latency() != null) {
            ContinuousLoad.Result l = r.latency();
            out.printf(Locale.ROOT, "latency at %.0f records/s (%.0f%% of capacity), %d records after a %d s warm-up:"
                            + " ingest → file p50 %d ms, p99 %d ms, max %d ms; ingest → processed p50 %d ms, p99 %d ms"
                            + "   (goal p99 ≤ 2000 ms)%n",
                    l.targetPerSecond(), 100 * l.targetPerSecond() / r.textPipeline().pipeline().recordsPerSecond(),
                    l.toFile().count(), l.warmup().toSeconds(), l.toFile().at(50), l.toFile().at(99), l.toFile().max(),
                    l.toProcessed().at(50), l.toProcessed().at(99));
            if (l.warmupToFile().count() > 0) {
                out.printf(Locale.ROOT, "  the warm-up (a pipeline just started), %d records: ingest → file p50 %d ms,"
                                + " p99 %d ms, max %d ms%n",
                        l.warmupToFile().count(), l.warmupToFile().at(50), l.warmupToFile().at(99),
                        l.warmupToFile().max());
            }
        }
        MemorySampler.Snapshot m = r.memory();
        out.printf(Locale.ROOT, "memory (whole process, broker included): peak heap used %.0f MB, live heap after"
                        + " full GC %.0f MB, heap max %.0f MB, peak RSS %s, GC time %.1f s   (goal heap ≤ 512 MB)%n",
                m.peakHeapBytes() / MB, m.liveHeapBytes() / MB, m.maxHeapBytes() / MB,
                m.peakRssBytes() < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MB", m.peakRssBytes() / MB),
                m.gcMillis() / 1000.0);
    }

    String json() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("passthrough_rps", round(r.textLimit().passThrough().recordsPerSecond()));
        values.put("passthrough_mb_s", round(r.textLimit().passThrough().megabytesPerSecond()));
        values.put("pipeline_rps", round(r.textPipeline().pipeline().recordsPerSecond()));
        values.put("pipeline_mb_s", round(r.textPipeline().pipeline().megabytesPerSecond()));
        values.put("ratio", Math.round(r.ratio() * 1000) / 1000.0);
        Throughput shape = r.textLimit().shape();
        values.put("shape_rps", shape == null ? 0 : round(shape.recordsPerSecond()));
        values.put("shape_ratio", shape == null ? 0 : Math.round(shareOf(shape) * 1000) / 1000.0);
        values.put("html_pages_per_s", r.htmlPipeline() == null ? 0 : round(r.htmlPipeline().pipeline().recordsPerSecond()));
        values.put("html_mb_s", r.htmlPipeline() == null ? 0 : round(r.htmlPipeline().pipeline().megabytesPerSecond()));
        values.put("html_passthrough_rps", r.htmlLimit() == null ? 0 : round(r.htmlLimit().passThrough().recordsPerSecond()));
        values.put("jit_text_ms", r.textPipeline().compileMillis());
        values.put("jit_html_ms", r.htmlPipeline() == null ? 0 : r.htmlPipeline().compileMillis());
        values.put("latency_rate_rps", r.latency() == null ? 0 : round(r.latency().targetPerSecond()));
        values.put("p50_ms", r.latency() == null ? 0 : r.latency().toFile().at(50));
        values.put("p99_ms", r.latency() == null ? 0 : r.latency().toFile().at(99));
        values.put("processed_p99_ms", r.latency() == null ? 0 : r.latency().toProcessed().at(99));
        values.put("warmup_p99_ms", r.latency() == null ? 0 : r.latency().warmupToFile().at(99));
        values.put("heap_mb", Math.round(r.memory().peakHeapBytes() / MB));
        values.put("live_heap_mb", Math.round(r.memory().liveHeapBytes() / MB));
        values.put("heap_max_mb", Math.round(r.memory().maxHeapBytes() / MB));
        values.put("rss_mb", r.memory().peakRssBytes() < 0 ? -1 : Math.round(r.memory().peakRssBytes() / MB));
        values.put("state_bytes_per_article", Math.round(r.textPipeline().stateBytesPerRecord()));
        values.put("internal_topic_bytes_per_article", Math.round(r.textPipeline().internalBytesPerRecord()));
        values.put("output_bytes_per_article", Math.round(r.textPipeline().bytesPerArticle()));
        values.put("articles", r.text().records());
        values.put("html_pages", r.html().records());
        StringBuilder json = new StringBuilder("{");
        values.forEach((key, value) -> json.append(json.length() == 1 ? "" : ",").append('"').append(key)
                .append("\":").append(value));
        return json.append('}').toString();
    }

    private static void row(PrintWriter out, String name, Throughput t) {
        out.printf(Locale.ROOT, ROW, name, t.records(), String.format(Locale.ROOT, "%.2f", t.seconds()),
                String.format(Locale.ROOT, "%.1f", t.recordsPerSecond()),
                String.format(Locale.ROOT, "%.2f", t.megabytesPerSecond()));
    }

    private static void outcome(PrintWriter out, String name, FullPipeline.Result p, Workload w) {
        out.printf(Locale.ROOT, "outcome, %s: %d articles, %d duplicates (the workload holds %d exact + %d near), %d "
                        + "rejected; per input record: state %.0f bytes, repartition + changelog topics %.0f bytes; output %.0f "
                        + "bytes per article%n", name, p.articles(), p.duplicates(), w.exactDuplicates(),
                w.nearDuplicates(), p.rejected(), p.stateBytesPerRecord(), p.internalBytesPerRecord(),
                p.bytesPerArticle());
    }

    /** {@code t} over the text pass-through. */
    private double shareOf(Throughput t) {
        return ratioTo(t, r.textLimit().passThrough());
    }

    private static double ratioTo(Throughput t, Throughput base) {
        return base.recordsPerSecond() == 0 ? 0 : t.recordsPerSecond() / base.recordsPerSecond();
    }

    private double share(int count) {
        return r.text().records() == 0 ? 0 : 100.0 * count / r.text().records();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
