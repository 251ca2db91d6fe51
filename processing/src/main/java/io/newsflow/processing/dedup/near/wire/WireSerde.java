package io.newsflow.processing.dedup.near.wire;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde over a hand-written binary layout. Every record starts with a format byte (the layout's
 * version): a reader refuses a version it does not know with a clear error instead of misreading the bytes, so a
 * later layout can be read beside this one.
 *
 * @param <T> the record type
 */
public final class WireSerde<T> implements Serde<T> {
    private final String name;
    private final int version;
    private final int capacity;
    private final BiConsumer<T, WireWriter> write;
    private final Function<WireReader, T> read;

    public WireSerde(String name, int version, int capacity, BiConsumer<T, WireWriter> write,
                     Function<WireReader, T> read) {
        this.name = name;
        this.version = version;
        this.capacity = capacity;
        this.write = write;
        this.read = read;
    }

    public byte[] toBytes(T value) {
        if (value == null) {
            return null;
        }
        WireWriter out = new WireWriter(capacity).writeByte(version);
        write.accept(value, out);
        return out.toByteArray();
    }

    public T fromBytes(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        WireReader in = new WireReader(bytes);
        int found = in.readByte();
        if (found != version) {
            throw new SerializationException("a " + name + " record in format " + found + ", this version reads "
                    + "format " + version);
        }
        return read.apply(in);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> toBytes(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> fromBytes(bytes);
    }
}
