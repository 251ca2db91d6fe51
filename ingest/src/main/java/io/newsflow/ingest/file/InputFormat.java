package io.newsflow.ingest.file;

import java.util.Locale;
import java.util.Optional;

/** The kinds of article file ingest reads, told apart by extension. */
public enum InputFormat {
    /** The plain text of one page, one block per line. */
    TEXT(".txt"),
    /** One HTML page. */
    HTML(".html", ".htm"),
    /** One JSON record. */
    JSON(".json"),
    /** JSON Lines: one JSON record per line. */
    JSONL(".jsonl", ".ndjson"),
    /** A file named explicitly whose type ingest does not read; it is rejected as unsupported. */
    UNSUPPORTED;

    private final String[] extensions;

    InputFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format a file name's extension (without a {@code .gz} suffix) stands for, if ingest reads it. */
    static Optional<InputFormat> ofExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            for (String extension : format.extensions) {
                if (name.endsWith(extension) && name.length() > extension.length()) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether one file holds many records, read line by line. */
    public boolean linePerRecord() {
        return this == JSONL;
    }
}
