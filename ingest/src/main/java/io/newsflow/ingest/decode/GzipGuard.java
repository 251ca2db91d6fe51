package io.newsflow.ingest.decode;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decompresses gzip and reports a corrupt or truncated stream as {@link BadCompressionException}, so it is told
 * apart from a file that cannot be read at all.
 */
public final class GzipGuard extends FilterInputStream {
    private static final int BUFFER = 64 * 1024;

    private GzipGuard(InputStream gunzipped) {
        super(gunzipped);
    }

    public static InputStream open(InputStream compressed) throws IOException {
        try {
            return new GzipGuard(new GZIPInputStream(compressed, BUFFER));
        } catch (ZipException | EOFException e) {
            throw new BadCompressionException(e);
        }
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (ZipException | EOFException e) {
            throw new BadCompressionException(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (ZipException | EOFException e) {
            throw new BadCompressionException(e);
        }
    }
}
