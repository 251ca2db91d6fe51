package io.newsflow.processing;

import io.newsflow.model.Checks;
import io.newsflow.model.Duplicate;
import io.newsflow.model.Rejected;

/**
 * The outcome of one processing step for one record: the value goes on to the next step, or the record leaves
 * the pipeline as a duplicate or a rejection. Exactly one of the three is set.
 *
 * @param value     what goes on
 * @param duplicate the record is a duplicate
 * @param rejected  the record cannot be processed
 * @param <T>       what the step produces
 */
public record Step<T>(T value, Duplicate duplicate, Rejected rejected) {
    public Step {
        int set = (value != null ? 1 : 0) + (duplicate != null ? 1 : 0) + (rejected != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a step has exactly one outcome, got " + set);
        }
    }

    public static <T> Step<T> next(T value) {
        return new Step<>(Checks.notNull(value, "value"), null, null);
    }

    public static <T> Step<T> duplicate(Duplicate duplicate) {
        return new Step<>(null, Checks.notNull(duplicate, "duplicate"), null);
    }

    public static <T> Step<T> rejected(Rejected rejected) {
        return new Step<>(null, null, Checks.notNull(rejected, "rejected"));
    }

    public boolean goesOn() {
        return value != null;
    }

    /** The same outcome for a step that produces another type; only for outcomes that do not go on. */
    public <U> Step<U> stopped() {
        if (goesOn()) {
            throw new IllegalStateException("this step goes on; map its value instead");
        }
        return new Step<>(null, duplicate, rejected);
    }
}
