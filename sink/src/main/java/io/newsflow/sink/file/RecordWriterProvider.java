package io.newsflow.sink.file;

import io.newsflow.model.Checks;
import io.newsflow.model.config.SinkCompression;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a {@link RecordWriter} on a new temp file. */
@FunctionalInterface
public interface RecordWriterProvider {
    /** The JSON Lines writer. */
    RecordWriterProvider JSONL = JsonlFileWriter::create;
    /** The gzipped JSON Lines writer. */
    RecordWriterProvider JSONL_GZIP = JsonlFileWriter::createGzip;

    RecordWriter open(Path tempFile) throws IOException;

    static RecordWriterProvider of(SinkCompression compression) {
        return Checks.notNull(compression, "compression") == SinkCompression.GZIP ? JSONL_GZIP : JSONL;
    }
}
