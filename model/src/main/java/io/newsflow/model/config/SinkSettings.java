package io.newsflow.model.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how the sink writes files.
 *
 * @param outDir         the output folder; it gets {@code articles/}, {@code duplicates/} and {@code rejected/}
 * @param maxRecords     a file is closed after this many records
 * @param maxBytes       a file is closed once it holds this many bytes (before compression)
 * @param flushInterval  an open file is closed after this long even when not full, so consumers of the
 *                       folder see records soon in a continuous run
 * @param partitionBy    sub-folders of each topic's folder: none, date, category or source
 * @param compression    none ({@code .jsonl}) or gzip ({@code .jsonl.gz})
 * @param rotateInterval files are also closed when a record's Kafka timestamp falls into another window of
 *                       this length (aligned to the epoch, so the cut is the same on every run); zero = off
 */
public record SinkSettings(Path outDir, int maxRecords, long maxBytes, Duration flushInterval,
                           SinkPartitioning partitionBy, SinkCompression compression, Duration rotateInterval) {
    public static final SinkSettings DEFAULT = new SinkSettings(Path.of("out"), 10_000, 64L * 1024 * 1024,
            Duration.ofSeconds(5));

    public SinkSettings {
        if (outDir == null) {
            throw new ConfigException("sink.out-dir can't be empty");
        }
        if (maxRecords < 1) {
            throw new ConfigException("sink.max-records must be 1 or more, was " + maxRecords);
        }
        if (maxBytes < 1) {
            throw new ConfigException("sink.max-bytes must be 1 or more, was " + maxBytes);
        }
        if (flushInterval == null || flushInterval.isNegative() || flushInterval.isZero()) {
            throw new ConfigException("sink.flush-interval must be positive, was " + flushInterval);
        }
        if (partitionBy == null) {
            throw new ConfigException("sink.partition-by can't be empty (none, date, category or source)");
        }
        if (compression == null) {
            throw new ConfigException("sink.compression can't be empty (none or gzip)");
        }
        if (rotateInterval == null || rotateInterval.isNegative()) {
            throw new ConfigException("sink.rotate-interval must be zero (off) or positive, was " + rotateInterval);
        }
    }

    /** Flat folders, no compression, no record-time rotation. */
    public SinkSettings(Path outDir, int maxRecords, long maxBytes, Duration flushInterval) {
        this(outDir, maxRecords, maxBytes, flushInterval, SinkPartitioning.NONE, SinkCompression.NONE, Duration.ZERO);
    }

    public SinkSettings withPartitionBy(SinkPartitioning value) {
        return new SinkSettings(outDir, maxRecords, maxBytes, flushInterval, value, compression, rotateInterval);
    }

    public SinkSettings withCompression(SinkCompression value) {
        return new SinkSettings(outDir, maxRecords, maxBytes, flushInterval, partitionBy, value, rotateInterval);
    }

    public SinkSettings withRotateInterval(Duration value) {
        return new SinkSettings(outDir, maxRecords, maxBytes, flushInterval, partitionBy, compression, value);
    }
}
