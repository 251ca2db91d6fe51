/**
 * What a newsflow process measures, in one Micrometer registry scraped as Prometheus text: each stage's own
 * counters (read from the stats the stages expose), the pipeline's outcomes as seen on the output topics
 * ({@link io.newsflow.app.metrics.OutputObserver}), consumer lag ({@link io.newsflow.app.metrics.ConsumerLag})
 * and the JVM. Metric names are listed in the README, section "Operating newsflow".
 */
package io.newsflow.app.metrics;
