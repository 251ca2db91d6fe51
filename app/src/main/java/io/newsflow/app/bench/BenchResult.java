package io.newsflow.app.bench;

import io.newsflow.app.bench.workload.Workload;

/**
 * Everything one benchmark run measured.
 *
 * @param text             the text workload
 * @param html             the HTML workload (no records when skipped)
 * @param textLimit        pass-through (and replay) on the text records
 * @param htmlLimit        pass-through (and replay) on the HTML records, or null when skipped
 * @param textPipeline     the pipeline on the text records
 * @param htmlPipeline     the pipeline on the HTML records, or null when skipped
 * @param latency          continuous mode, or null when skipped
 * @param memory           memory over the whole run
 * @param streamThreads    Kafka Streams threads of the processing stage
 * @param partitions       partitions of every topic
 */
record BenchResult(Workload text, Workload html, PassThrough.Result textLimit, PassThrough.Result htmlLimit,
                          FullPipeline.Result textPipeline, FullPipeline.Result htmlPipeline,
                          ContinuousLoad.Result latency, MemorySampler.Snapshot memory, int streamThreads,
                          int partitions) {
    /** The pipeline's text articles per second over the pass-through's. */
    double ratio() {
        double limit = textLimit.passThrough().recordsPerSecond();
        return limit == 0 ? 0 : textPipeline.pipeline().recordsPerSecond() / limit;
    }
}
