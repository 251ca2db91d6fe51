package io.newsflow.ingest.decode;

import io.newsflow.model.InputCopy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * Splits a byte stream into lines at {@code \n} (dropping a {@code \r} before it), holding at most one line of
 * at most {@code maxLineBytes} in memory: a longer line is read through and only its head is kept, so one
 * oversized line costs no memory and does not stop the lines after it.
 */
final class LineReader {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final BooleanSupplier cut;
    private final long maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int chunkPos;
    private int chunkEnd;
    private long offset;
    private long number;

    /**
     * @param cut         tells, at the end of the stream, whether it was cut short (at a size cap)
     * @param startOffset the offset of the stream's first byte in the file (after a byte order mark)
     */
    LineReader(InputStream in, BooleanSupplier cut, long maxLineBytes, long startOffset) {
        this.in = in;
        this.cut = cut;
        this.maxLineBytes = maxLineBytes;
        this.offset = startOffset;
    }

    /** The number the next line will have. */
    long nextNumber() {
        return number + 1;
    }

    /**
     * The next line, or null at the end of the stream. When the stream ended at its cap, an unterminated last
     * line is cut and not returned; {@link #nextNumber()} then names it.
     */
    Line next() throws IOException {
        line.reset();
        long start = offset;
        long length = 0;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                return length == 0 || cut.getAsBoolean() ? null : finish(start, length);
            }
            int newline = indexOfNewline();
            int end = newline < 0 ? chunkEnd : newline;
            keep(end - chunkPos, length);
            length += end - chunkPos;
            offset += end - chunkPos;
            chunkPos = end;
            if (newline >= 0) {
                chunkPos++;
                offset++;
                return finish(start, length);
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk);
        chunkPos = 0;
        chunkEnd = Math.max(n, 0);
        return n > 0;
    }

    private int indexOfNewline() {
        for (int i = chunkPos; i < chunkEnd; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Keeps the whole line while within the limit, else only the head a dead letter shows. */
    private void keep(int count, long lengthSoFar) {
        long room = (lengthSoFar + count <= maxLineBytes ? maxLineBytes : InputCopy.MAX_BYTES) - line.size();
        line.write(chunk, chunkPos, (int) Math.max(0, Math.min(count, room)));
    }

    private Line finish(long start, long length) {
        number++;
        byte[] bytes = line.toByteArray();
        boolean tooLong = length > maxLineBytes;
        if (!tooLong && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return new Line(number, start, java.util.Arrays.copyOf(bytes, bytes.length - 1), length - 1);
        }
        return new Line(number, start, bytes, length);
    }
}
