package io.newsflow.model.config;

import java.time.Duration;

/**
 * How the processing stage cleans, deduplicates and tags.
 *
 * @param dedupWindow     how long an article is remembered for duplicate detection (state retention)
 * @param streamThreads   Kafka Streams threads in this instance
 * @param standbyReplicas Kafka Streams standby replicas of each state store
 * @param minWords        an article with fewer words after cleaning is rejected as {@code no-article-text}
 */
public record ProcessingSettings(Duration dedupWindow, int streamThreads, int standbyReplicas, int minWords) {
    public static final ProcessingSettings DEFAULT = new ProcessingSettings(Duration.ofDays(7), 1, 0, 20);

    public ProcessingSettings {
        if (dedupWindow == null || dedupWindow.toMinutes() < 1) {
            throw new ConfigException("processing.dedup-window must be 1m or more, was " + dedupWindow);
        }
        if (streamThreads < 1) {
            throw new ConfigException("processing.stream-threads must be 1 or more, was " + streamThreads);
        }
        if (standbyReplicas < 0) {
            throw new ConfigException("processing.standby-replicas can't be negative, was " + standbyReplicas);
        }
        if (minWords < 1) {
            throw new ConfigException("processing.min-words must be 1 or more, was " + minWords);
        }
    }
}
