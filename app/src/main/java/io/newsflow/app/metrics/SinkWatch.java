package io.newsflow.app.metrics;

import io.newsflow.model.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Tells a stuck sink from an idle one: stuck when records wait for it (lag above 0) and it has written none for
 * longer than {@code stuckAfter}. Call {@link #observe()} regularly.
 */
public final class SinkWatch {
    private final LongSupplier written;
    private final LongSupplier lag;
    private final Duration stuckAfter;
    private final Clock clock;
    private long lastWritten = -1;
    private Instant lastProgress;

    /**
     * @param written    records the sink has written so far
     * @param lag        records waiting for the sink
     * @param stuckAfter how long it may wait with records pending before it counts as stuck
     */
    public SinkWatch(LongSupplier written, LongSupplier lag, Duration stuckAfter, Clock clock) {
        this.written = Checks.notNull(written, "written");
        this.lag = Checks.notNull(lag, "lag");
        this.stuckAfter = Checks.notNull(stuckAfter, "stuckAfter");
        this.clock = Checks.notNull(clock, "clock");
        this.lastProgress = clock.instant();
    }

    public synchronized void observe() {
        long now = written.getAsLong();
        if (now != lastWritten || lag.getAsLong() == 0) {
            lastWritten = now;
            lastProgress = clock.instant();
        }
    }

    /** How long records have waited without the sink writing any; zero when it is keeping up. */
    public synchronized Duration stalledFor() {
        return Duration.between(lastProgress, clock.instant());
    }

    public boolean stuck() {
        return stalledFor().compareTo(stuckAfter) > 0;
    }
}
