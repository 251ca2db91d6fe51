package io.newsflow.sink.file;

import java.util.Optional;
import org.apache.kafka.common.TopicPartition;

/**
 * How output files are named. A name must say the topic, partition and offset range of its records, so the
 * folder alone tells where reading resumes (see {@link FolderRecovery}); a temp name must say the topic and
 * partition, so a restart can delete the stale temp files of the partitions it takes over.
 */
public interface FileNaming {
    /** The name of a complete file. */
    String fileName(FileRange range);

    /** The name a file has while it is written, before it is renamed to {@link #fileName}. */
    String tempName(TopicPartition partition, long firstOffset);

    /** The range of a complete file's name, or empty when the name is not one of this naming's. */
    Optional<FileRange> parseFileName(String name);

    /** The partition of a temp file's name, or empty when the name is not one of this naming's temp names. */
    Optional<TopicPartition> parseTempName(String name);
}
