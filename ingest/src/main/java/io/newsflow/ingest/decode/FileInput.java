package io.newsflow.ingest.decode;

import io.newsflow.ingest.file.InputFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Opens input files: decompressed when gzipped, capped at a number of decompressed bytes. */
final class FileInput {
    private static final int BUFFER = 64 * 1024;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private FileInput() {
    }

    /** The file's content, decompressed when it is gzipped. */
    static InputStream open(InputFile file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file.path()), BUFFER);
        try {
            return file.type().gzip() ? GzipGuard.open(raw) : raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * Reads {@code in} up to {@code limit} bytes; returns {@code limit + 1} bytes when there are more, so the caller
     * can tell a full-size input from a too-large one without reading the rest.
     */
    static byte[] readUpTo(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit + 1, MAX_ARRAY));
    }

    /**
     * The first {@code max} bytes of a file as stored (compressed or not), for a dead letter. The copy is
     * best-effort: when even that cannot be read the dead letter carries an empty copy and the reason says why.
     */
    static byte[] head(Path path, int max) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static byte[] prefix(byte[] bytes, int max) {
        return bytes.length <= max ? bytes : Arrays.copyOf(bytes, max);
    }
}
