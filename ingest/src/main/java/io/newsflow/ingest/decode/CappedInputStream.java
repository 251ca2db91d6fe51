package io.newsflow.ingest.decode;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read and fails with {@link LimitExceededException} once more than the limit came out, so a
 * gzip bomb is stopped after {@code limit} decompressed bytes, not after it filled the heap.
 */
final class CappedInputStream extends FilterInputStream {
    private final long limit;
    private long count;

    CappedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws LimitExceededException {
        count += n;
        if (count > limit) {
            throw new LimitExceededException(limit);
        }
    }
}
