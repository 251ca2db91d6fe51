package io.newsflow.processing.topology.wire;

import io.newsflow.model.kafka.JsonSerde;
import io.newsflow.processing.dedup.near.wire.WireSerde;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a binary layout and reads it, or the JSON an earlier version wrote in its place (a JSON object starts
 * with '{', which no layout's format byte is): records still in a repartition topic or a store when a deployment
 * is upgraded are read, not rejected.
 *
 * @param <T> the record type
 */
final class UpgradingSerde<T> implements Serde<T> {
    private static final int JSON_OBJECT = '{';

    private final WireSerde<T> binary;
    private final JsonSerde<T> json;

    UpgradingSerde(WireSerde<T> binary, Class<T> type) {
        this.binary = binary;
        this.json = JsonSerde.of(type);
    }

    T fromBytes(byte[] bytes) {
        if (bytes != null && bytes.length > 0 && bytes[0] == JSON_OBJECT) {
            return json.fromBytes(bytes);
        }
        return binary.fromBytes(bytes);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> binary.toBytes(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> fromBytes(bytes);
    }
}
