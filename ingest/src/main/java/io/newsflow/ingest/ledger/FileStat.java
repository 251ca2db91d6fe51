package io.newsflow.ingest.ledger;

import io.newsflow.model.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;

/**
 * A file's size and last-modified time: when both match the ledger the file is not hashed again.
 *
 * @param size       bytes
 * @param modifiedAt last-modified time
 */
public record FileStat(long size, Instant modifiedAt) {
    public FileStat {
        Checks.notNull(modifiedAt, "modifiedAt");
    }

    public static FileStat of(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(Checks.notNull(file, "file"), BasicFileAttributes.class);
        return new FileStat(attrs.size(), attrs.lastModifiedTime().toInstant());
    }

    boolean sameAs(long otherSize, Instant otherModifiedAt) {
        return size == otherSize && Objects.equals(modifiedAt, otherModifiedAt);
    }
}
