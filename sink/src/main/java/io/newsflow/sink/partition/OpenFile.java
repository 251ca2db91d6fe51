package io.newsflow.sink.partition;

import io.newsflow.sink.file.RecordWriter;
import io.newsflow.sink.rotation.FileStats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** One file of an open set: its writer, temp file and the offsets written to it so far. */
final class OpenFile {
    private final RecordWriter writer;
    private final Path tempFile;
    private final boolean deadLetters;
    private final long firstOffset;
    private final Instant openedAt;
    private long lastOffset;
    private long records;

    OpenFile(RecordWriter writer, Path tempFile, boolean deadLetters, long firstOffset, Instant openedAt) {
        this.writer = writer;
        this.tempFile = tempFile;
        this.deadLetters = deadLetters;
        this.firstOffset = firstOffset;
        this.lastOffset = firstOffset;
        this.openedAt = openedAt;
    }

    void append(byte[] line, long offset) throws IOException {
        writer.write(line);
        lastOffset = offset;
        records++;
    }

    FileStats stats() {
        return new FileStats(records, writer.bytesWritten(), openedAt);
    }

    RecordWriter writer() {
        return writer;
    }

    Path folder() {
        return tempFile.getParent();
    }

    Path tempFile() {
        return tempFile;
    }

    boolean deadLetters() {
        return deadLetters;
    }

    long firstOffset() {
        return firstOffset;
    }

    long lastOffset() {
        return lastOffset;
    }

    long records() {
        return records;
    }
}
