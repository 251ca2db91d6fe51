package io.newsflow.ingest.decode;

import io.newsflow.model.config.IngestSettings;

/**
 * Size limits on input, counted after decompression.
 *
 * @param maxFileBytes   the largest file read; a JSON Lines file is read up to this size and the rest rejected
 * @param maxRecordBytes the largest record: a whole text, HTML or JSON file, or one JSON Lines line
 */
public record IngestLimits(long maxFileBytes, long maxRecordBytes) {
    public IngestLimits {
        if (maxFileBytes < 1 || maxRecordBytes < 1 || maxRecordBytes > maxFileBytes) {
            throw new IllegalArgumentException("limits must be 1 <= maxRecordBytes <= maxFileBytes, were "
                    + maxRecordBytes + " and " + maxFileBytes);
        }
    }

    public static IngestLimits of(IngestSettings settings) {
        return new IngestLimits(settings.maxFileBytes(), settings.maxRecordBytes());
    }
}
