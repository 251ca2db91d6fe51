package io.newsflow.sink.rotation;

import io.newsflow.model.Checks;
import java.time.Duration;

/**
 * Windows of record time (the Kafka timestamp) aligned to the epoch: a file set is closed when a record falls
 * into another window than the set's first record. Unlike the flush interval, which follows the sink's clock,
 * the cut depends only on the records, so a rerun over the same records makes the same files.
 */
public final class RecordTimeWindows {
    /** No record-time rotation. */
    public static final RecordTimeWindows OFF = new RecordTimeWindows(0);

    private final long millis;

    private RecordTimeWindows(long millis) {
        this.millis = millis;
    }

    /** Windows of {@code length}; zero turns record-time rotation off. */
    public static RecordTimeWindows of(Duration length) {
        Checks.notNull(length, "length");
        if (length.isNegative()) {
            throw new IllegalArgumentException("length can't be negative, was " + length);
        }
        return length.isZero() ? OFF : new RecordTimeWindows(length.toMillis());
    }

    /** Whether a record at {@code timestamp} belongs in a set whose first record was at {@code firstTimestamp}. */
    public boolean sameWindow(long firstTimestamp, long timestamp) {
        return millis == 0 || Math.floorDiv(firstTimestamp, millis) == Math.floorDiv(timestamp, millis);
    }
}
