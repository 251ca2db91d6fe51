package io.newsflow.model.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how the sink writes files.
 *
 * @param outDir        the output folder; it gets {@code articles/}, {@code duplicates/} and {@code rejected/}
 * @param maxRecords    a file is closed after this many records
 * @param maxBytes      a file is closed once it holds this many bytes
 * @param flushInterval an open file is closed after this long even when not full, so consumers of the
 *                      folder see records soon in a continuous run
 */
public record SinkSettings(Path outDir, int maxRecords, long maxBytes, Duration flushInterval) {
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
    }
}
