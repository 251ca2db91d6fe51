package io.newsflow.sink.file;

import io.newsflow.model.Checks;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.apache.kafka.common.TopicPartition;

/**
 * What the output folders say about one partition.
 *
 * @param partition         the topic partition
 * @param nextOffset        the offset after the last record in its files; empty when it has no files
 * @param deletedTempFiles  the stale temp files of the partition that recovery deleted
 */
public record Recovered(TopicPartition partition, OptionalLong nextOffset, List<Path> deletedTempFiles) {
    public Recovered {
        Checks.notNull(partition, "partition");
        Checks.notNull(nextOffset, "nextOffset");
        deletedTempFiles = List.copyOf(Checks.notNull(deletedTempFiles, "deletedTempFiles"));
    }
}
