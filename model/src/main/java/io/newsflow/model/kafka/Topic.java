package io.newsflow.model.kafka;

import io.newsflow.model.Checks;
import org.apache.kafka.common.serialization.Serde;

/**
 * A typed handle on one topic: its name and the serdes of its keys and values.
 *
 * @param name       the topic's name, prefix included
 * @param keySerde   how keys are written
 * @param valueSerde how values are written
 * @param <K>        key type
 * @param <V>        value type
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
    public Topic {
        Checks.notBlank(name, "name");
        Checks.notNull(keySerde, "keySerde");
        Checks.notNull(valueSerde, "valueSerde");
    }
}
