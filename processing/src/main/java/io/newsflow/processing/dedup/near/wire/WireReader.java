package io.newsflow.processing.dedup.near.wire;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.common.errors.SerializationException;

/** Reads what {@link WireWriter} wrote; a truncated or malformed record is a {@link SerializationException}. */
public final class WireReader {
    private final byte[] bytes;
    private int position;

    public WireReader(byte[] bytes) {
        this.bytes = bytes;
    }

    public int readByte() {
        need(1);
        return bytes[position++] & 0xff;
    }

    public boolean readBoolean() {
        return readByte() != 0;
    }

    public int readVarint() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readByte();
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new SerializationException("malformed variable-length int at byte " + position);
    }

    public long readLong() {
        need(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | bytes[position++] & 0xff;
        }
        return value;
    }

    public int readInt() {
        need(4);
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = value << 8 | bytes[position++] & 0xff;
        }
        return value;
    }

    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    public String readString() {
        int length = readVarint() - 1;
        if (length < 0) {
            return null;
        }
        need(length);
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    public byte[] readBytes() {
        int length = readVarint() - 1;
        if (length < 0) {
            return null;
        }
        return readRaw(length);
    }

    public byte[] readRaw(int length) {
        need(length);
        byte[] value = new byte[length];
        System.arraycopy(bytes, position, value, 0, length);
        position += length;
        return value;
    }

    public String readId() {
        int tag = readByte();
        return switch (tag) {
            case 0 -> readString();
            case 1 -> new UUID(readLong(), readLong()).toString();
            default -> throw new SerializationException("unknown id tag " + tag + " at byte " + (position - 1));
        };
    }

    private void need(int count) {
        if (count < 0 || position + count > bytes.length) {
            throw new SerializationException("record truncated: needs " + count + " bytes at byte " + position
                    + " of " + bytes.length);
        }
    }
}
