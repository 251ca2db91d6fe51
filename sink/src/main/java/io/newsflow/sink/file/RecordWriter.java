package io.newsflow.sink.file;

import java.io.IOException;

/**
 * One output file being written to its temp file. {@link #finish} makes it durable and closes it; renaming it
 * into place is {@link FileSetCommit}'s job, so that several files can become visible as one step.
 */
public interface RecordWriter {
    /** Appends one line; {@code line} must not contain line breaks, the writer adds the {@code \n}. */
    void write(byte[] line) throws IOException;

    /** The bytes written so far, line breaks included, before any compression. */
    long bytesWritten();

    /** Flushes (and ends the compressed stream), fsyncs and closes the temp file. */
    void finish() throws IOException;

    /** Closes the file and deletes it: its lines will be read again from Kafka. Never throws. */
    void abort();

    /** Closes the file and leaves it as it is, as a crash would. Never throws. */
    void abandon();
}
