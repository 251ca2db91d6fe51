package io.newsflow.ingest.fetch;

import io.newsflow.model.Checks;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter, as a value: the delay before attempt {@code n} after {@code n - 1} failures
 * is a random point in the upper half of {@code min(max, initial * 2^(n-1))} ("equal jitter"), so retries
 * of many clients spread out but never come sooner than half the nominal delay.
 *
 * @param initial the nominal delay after the first failure
 * @param max     the longest delay
 */
public record Backoff(Duration initial, Duration max) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    public Backoff {
        Checks.notNull(initial, "initial");
        Checks.notNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, were " + initial + " and " + max);
        }
    }

    /** The nominal delay after {@code failures} consecutive failures (1 = the first), before jitter. */
    public Duration nominal(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        long millis = initial.toMillis();
        for (int i = 1; i < failures && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /**
     * The delay after {@code failures} consecutive failures.
     *
     * @param random a uniform number in [0, 1)
     */
    public Duration delay(int failures, DoubleSupplier random) {
        long nominal = nominal(failures).toMillis();
        return Duration.ofMillis(nominal / 2 + (long) (random.getAsDouble() * (nominal - nominal / 2)));
    }
}
