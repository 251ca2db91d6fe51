package io.newsflow.sink.partition;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files one Kafka partition is filling between two rotations, one per folder, and the offsets and record
 * time they span. They are committed together ({@link io.newsflow.sink.file.FileSetCommit}).
 */
final class FileSet {
    private final Map<Path, OpenFile> files = new LinkedHashMap<>();
    private final long firstOffset;
    private final long firstTimestamp;
    private long lastOffset;

    FileSet(long firstOffset, long firstTimestamp) {
        this.firstOffset = firstOffset;
        this.firstTimestamp = firstTimestamp;
        this.lastOffset = firstOffset;
    }

    OpenFile in(Path folder) {
        return files.get(folder);
    }

    void add(OpenFile file) {
        files.put(file.folder(), file);
    }

    void wrote(long offset) {
        lastOffset = offset;
    }

    Collection<OpenFile> files() {
        return files.values();
    }

    long firstOffset() {
        return firstOffset;
    }

    long lastOffset() {
        return lastOffset;
    }

    long firstTimestamp() {
        return firstTimestamp;
    }
}
