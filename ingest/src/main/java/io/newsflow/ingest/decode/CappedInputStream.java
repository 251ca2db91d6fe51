package io.newsflow.ingest.decode;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes at most {@code limit} bytes and then ends, remembering whether the input had more: a gzip bomb is
 * stopped after {@code limit} decompressed bytes, not after it filled the heap, and every byte within the
 * limit is still delivered. Readers must check {@link #exceeded()} at the end.
 */
public final class CappedInputStream extends FilterInputStream {
    private final long limit;
    private long count;
    private boolean exceeded;

    public CappedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** Whether the input went on past the limit; known once the limit was reached. */
    public boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        if (full()) {
            return -1;
        }
        int b = super.read();
        count += b >= 0 ? 1 : 0;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (full()) {
            return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, limit - count));
        count += Math.max(n, 0);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        if (full()) {
            return 0;
        }
        long skipped = super.skip(Math.min(n, limit - count));
        count += skipped;
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Whether the limit is reached; then probes once whether the input had more. */
    private boolean full() throws IOException {
        if (count < limit) {
            return false;
        }
        if (!exceeded && super.read() >= 0) {
            exceeded = true;
        }
        return true;
    }
}
