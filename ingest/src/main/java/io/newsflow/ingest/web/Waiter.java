package io.newsflow.ingest.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits until an instant of the injected clock. Only {@link WebIngestor#pollOnce()} waits (for a host's delay or
 * a Retry-After, within one poll); the continuous mode schedules instead. Tests pass a waiter that advances a
 * simulated clock.
 */
@FunctionalInterface
public interface Waiter {
    void waitUntil(Instant instant) throws InterruptedException;

    /** Parks the calling thread until {@code clock} reaches the instant. */
    static Waiter on(Clock clock) {
        return instant -> {
            for (Duration left = Duration.between(clock.instant(), instant); !left.isNegative() && !left.isZero();
                 left = Duration.between(clock.instant(), instant)) {
                LockSupport.parkNanos(left.toNanos());
                if (Thread.interrupted()) {
                    throw new InterruptedException("interrupted while waiting until " + instant);
                }
            }
        };
    }
}
