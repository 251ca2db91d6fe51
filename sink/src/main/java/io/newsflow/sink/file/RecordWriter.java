package io.newsflow.sink.file;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One output file being written: lines are appended to a temp file, which {@link #commit} makes durable and
 * renames into place in one atomic step, so readers of the folder only ever see complete files.
 */
public interface RecordWriter {
    /** Appends one line; {@code line} must not contain line breaks, the writer adds the {@code \n}. */
    void write(byte[] line) throws IOException;

    /** The bytes written so far, line breaks included. */
    long bytesWritten();

    /** Flushes and fsyncs the file, atomically renames it to {@code target}, then fsyncs the folder. */
    void commit(Path target) throws IOException;

    /** Closes the file and deletes it: its lines will be read again from Kafka. Never throws. */
    void abort();

    /** Closes the file and leaves it as it is, as a crash would. Never throws. */
    void abandon();
}
