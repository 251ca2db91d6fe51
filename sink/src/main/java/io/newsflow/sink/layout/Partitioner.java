package io.newsflow.sink.layout;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Which sub-folder of its topic's folder a record's file goes to. The answer must be a single folder name made
 * safe by {@link PathSanitizer} (or empty for the topic folder itself) and depend only on the record, so that
 * writing the same records again gives the same files.
 */
@FunctionalInterface
public interface Partitioner {
    /** Everything in the topic's folder. */
    Partitioner NONE = (record, line) -> "";

    /**
     * @param record the record, for its timestamp
     * @param line   the JSON object line that is written for it (its value, or the sink's dead letter)
     * @return a folder name such as {@code date=2026-11-21}, or {@code ""} for none
     */
    String folderOf(ConsumerRecord<byte[], byte[]> record, byte[] line);
}
