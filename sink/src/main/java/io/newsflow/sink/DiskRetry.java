package io.newsflow.sink;

import io.newsflow.model.Checks;
import java.time.Duration;

/**
 * How long the sink waits before trying a folder again after a disk error (disk full, folder not writable):
 * {@code initial}, doubled after each failed try, at most {@code max}.
 *
 * @param initial the first wait
 * @param max     the longest wait
 */
record DiskRetry(Duration initial, Duration max) {
    static final DiskRetry DEFAULT = new DiskRetry(Duration.ofSeconds(1), Duration.ofSeconds(30));

    DiskRetry {
        Checks.notNull(initial, "initial");
        Checks.notNull(max, "max");
    }

    Duration after(Duration previous) {
        if (previous == null) {
            return initial;
        }
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
