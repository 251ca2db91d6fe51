package io.newsflow.processing.dedup.near.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Writes the small binary layouts of the near-duplicate messages and stores: variable-length integers (LEB128,
 * as protobuf), fixed 8-byte longs, length-prefixed UTF-8, and ids packed to 16 bytes when they are UUIDs.
 * Hand-written because these records are a few fields each and a general serialisation library would add a
 * schema layer and a dependency for what is a few dozen lines.
 */
public final class WireWriter {
    private byte[] buffer;
    private int size;

    public WireWriter(int capacity) {
        buffer = new byte[Math.max(16, capacity)];
    }

    public WireWriter writeByte(int b) {
        ensure(1);
        buffer[size++] = (byte) b;
        return this;
    }

    public WireWriter writeBoolean(boolean b) {
        return writeByte(b ? 1 : 0);
    }

    /** An unsigned variable-length int: 1 byte below 128, 2 below 16,384. */
    public WireWriter writeVarint(int value) {
        int v = value;
        while ((v & ~0x7f) != 0) {
            writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        return writeByte(v);
    }

    public WireWriter writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    public WireWriter writeInt(int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    public WireWriter writeDouble(double value) {
        return writeLong(Double.doubleToLongBits(value));
    }

    /** A nullable string: its UTF-8 length + 1 (0 for null), then the bytes. */
    public WireWriter writeString(String value) {
        if (value == null) {
            return writeVarint(0);
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeVarint(utf8.length + 1);
        return writeRaw(utf8);
    }

    /** A nullable byte array: its length + 1 (0 for null), then the bytes. */
    public WireWriter writeBytes(byte[] value) {
        if (value == null) {
            return writeVarint(0);
        }
        writeVarint(value.length + 1);
        return writeRaw(value);
    }

    /**
     * An article id: 17 bytes (tag 1, then the two longs) when it is a UUID in canonical lower-case form, as
     * ingest makes them; otherwise tag 0 and the string.
     */
    public WireWriter writeId(String id) {
        UUID uuid = Ids.asUuid(id);
        if (uuid == null) {
            return writeByte(0).writeString(id);
        }
        return writeByte(1).writeLong(uuid.getMostSignificantBits()).writeLong(uuid.getLeastSignificantBits());
    }

    public WireWriter writeRaw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
