package io.newsflow.sink.file;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a {@link RecordWriter} on a new temp file. */
@FunctionalInterface
public interface RecordWriterProvider {
    /** The JSON Lines writer. */
    RecordWriterProvider JSONL = JsonlFileWriter::create;

    RecordWriter open(Path tempFile) throws IOException;
}
