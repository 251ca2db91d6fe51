package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import io.newsflow.testkit.MutableClock;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SinkWatchTest {
    private final MutableClock clock = MutableClock.atEpoch();
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
}
