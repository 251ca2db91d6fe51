package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SinkWatchTest {
    private final MutableClock clock = new MutableClock();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong lag = new AtomicLong();
    private final SinkWatch watch = new SinkWatch(written::get, lag::get, Duration.ofMinutes(2), clock);

    @Test
    void shouldNotCallAnIdleSinkStuck() {
        watch.observe();
        clock.advance(Duration.ofMinutes(10));
        watch.observe();

        assertThat(watch.stuck()).isFalse();
    }

    @Test
    void shouldCallASinkStuckWhenRecordsWaitAndNoneAreWritten() {
        watch.observe();
        lag.set(40);
        clock.advance(Duration.ofMinutes(1));
        watch.observe();
        assertThat(watch.stuck()).isFalse();

        clock.advance(Duration.ofMinutes(2));
        watch.observe();
        assertThat(watch.stuck()).isTrue();
        assertThat(watch.stalledFor()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void shouldNotCallASlowSinkStuckWhileItWrites() {
        lag.set(1000);
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(1));
            written.addAndGet(5);
            watch.observe();
        }

        assertThat(watch.stuck()).isFalse();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
