package io.newsflow.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand, in UTC. Safe to move from a test thread while the code under test reads it on
 * another: reads see the latest instant, and moves are atomic.
 */
public final class MutableClock extends Clock {
    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** A clock at 2026-01-01T00:00:00Z. */
    public static MutableClock atEpoch() {
        return new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public synchronized void set(Instant instant) {
        now = instant;
    }

    public synchronized void advance(Duration step) {
        now = now.plus(step);
    }

    /** Moves the clock to {@code instant} unless it is already past it: a wait that returns at once. */
    public synchronized void jumpTo(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
        }
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The clock stays in UTC: instants are all it gives. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
