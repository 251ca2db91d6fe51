package io.newsflow.ingest.file;

import io.newsflow.model.Checks;
import java.util.Locale;
import java.util.Optional;

/**
 * A file's format and whether it is gzip-compressed, from its name: {@code a.jsonl.gz} is gzipped JSON Lines.
 *
 * @param format what the (decompressed) bytes hold
 * @param gzip   whether the file is gzip-compressed
 */
public record FileType(InputFormat format, boolean gzip) {
    private static final String GZIP_SUFFIX = ".gz";

    public static final FileType UNSUPPORTED = new FileType(InputFormat.UNSUPPORTED, false);

    public FileType {
        Checks.notNull(format, "format");
    }

    /** The type of a file by its name, or empty when ingest does not read such files. */
    public static Optional<FileType> of(String fileName) {
        Checks.notNull(fileName, "fileName");
        boolean gzip = fileName.toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
        String inner = gzip ? fileName.substring(0, fileName.length() - GZIP_SUFFIX.length()) : fileName;
        return InputFormat.ofExtension(inner).map(format -> new FileType(format, gzip));
    }

    public boolean supported() {
        return format != InputFormat.UNSUPPORTED;
    }
}
