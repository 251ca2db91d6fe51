package io.newsflow.processing.dedup.near;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends a band probe to partition {@code bucket % partitions}: every band hash of a bucket, from every article,
 * lands on the same partition, so articles that share a band value meet there whatever their ids.
 */
public final class BucketPartitioner implements StreamPartitioner<String, NearProbe> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, NearProbe probe, int partitions) {
        return Optional.of(Set.of(Math.floorMod(probe.bucket(), partitions)));
    }
}
