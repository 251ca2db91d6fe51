package io.newsflow.sink.rotation;

import io.newsflow.model.Checks;
import java.time.Instant;

/**
 * What a rotation policy knows of an open file.
 *
 * @param records  the records written to it
 * @param bytes    its size in bytes
 * @param openedAt when it was opened, by the sink's clock
 */
public record FileStats(long records, long bytes, Instant openedAt) {
    public FileStats {
        Checks.notNull(openedAt, "openedAt");
    }
}
