package io.newsflow.sink;

import io.newsflow.model.Checks;
import java.util.Map;

/**
 * What the sink has written since it started; only records in renamed (complete) files count.
 *
 * @param recordsWritten records written per topic, dead letters not included
 * @param deadLetters    records whose value was not a JSON object, written as dead letters to the rejected folder
 * @param filesWritten   files renamed into place, dead-letter files included
 */
public record SinkStats(Map<String, Long> recordsWritten, long deadLetters, long filesWritten) {
    public SinkStats {
        recordsWritten = Map.copyOf(Checks.notNull(recordsWritten, "recordsWritten"));
    }

    /** Records written from all topics, dead letters not included. */
    public long totalRecords() {
        return recordsWritten.values().stream().mapToLong(Long::longValue).sum();
    }
}
