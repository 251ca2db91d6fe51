/**
 * {@code newsflow bench pipeline}: the pass-through limit, the whole pipeline, latency in continuous mode and
 * memory, measured in one run on one embedded broker ({@link io.newsflow.app.bench.PipelineBench}). The stages are
 * built by the app ({@link io.newsflow.app.bench.PipelineWiring}) exactly as {@code newsflow run} builds them; this
 * package only generates load, waits and measures.
 */
package io.newsflow.app.bench;
