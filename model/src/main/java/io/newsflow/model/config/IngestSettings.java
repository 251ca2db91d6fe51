package io.newsflow.model.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What ingest reads and its limits.
 *
 * @param inputs         files and folders to ingest (each file once, also across restarts)
 * @param scanInterval   how often the input folders are scanned for new or changed files in continuous mode
 * @param maxFileBytes   the largest input file read, after decompression; larger ones are rejected
 * @param maxRecordBytes the largest single record (a JSON Lines line, a JSON file, a page); larger ones are rejected
 */
public record IngestSettings(List<Path> inputs, Duration scanInterval, long maxFileBytes, long maxRecordBytes) {
    public static final IngestSettings DEFAULT = new IngestSettings(List.of(Path.of("seeds")), Duration.ofSeconds(5),
            256L * 1024 * 1024, 16L * 1024 * 1024);

    public IngestSettings {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        if (scanInterval == null || scanInterval.isNegative() || scanInterval.isZero()) {
            throw new ConfigException("ingest.scan-interval must be positive, was " + scanInterval);
        }
        if (maxFileBytes < 1) {
            throw new ConfigException("ingest.max-file-bytes must be positive, was " + maxFileBytes);
        }
        if (maxRecordBytes < 1 || maxRecordBytes > maxFileBytes) {
            throw new ConfigException("ingest.max-record-bytes must be within 1.." + maxFileBytes + ", was "
                    + maxRecordBytes);
        }
    }

    public IngestSettings withInputs(List<Path> newInputs) {
        return new IngestSettings(newInputs, scanInterval, maxFileBytes, maxRecordBytes);
    }
}
