package io.newsflow.sink.file;

import io.newsflow.model.Checks;
import org.apache.kafka.common.TopicPartition;

/**
 * The records of one output file: a topic partition and the first and last offsets of the records written in
 * it. Transactional topics have offset gaps (commit markers, aborted records), so a range says which offsets
 * were read, not that every offset in it held a record.
 *
 * @param partition   the topic partition the records came from
 * @param firstOffset the offset of the first record in the file
 * @param lastOffset  the offset of the last record in the file
 */
public record FileRange(TopicPartition partition, long firstOffset, long lastOffset) {
    public FileRange {
        Checks.notNull(partition, "partition");
        if (firstOffset < 0) {
            throw new IllegalArgumentException("firstOffset can't be negative, was " + firstOffset);
        }
        if (lastOffset < firstOffset) {
            throw new IllegalArgumentException("lastOffset " + lastOffset + " is before firstOffset " + firstOffset);
        }
    }

    /** The offset after the last record: where reading resumes once this file is written. */
    public long nextOffset() {
        return lastOffset + 1;
    }
}
