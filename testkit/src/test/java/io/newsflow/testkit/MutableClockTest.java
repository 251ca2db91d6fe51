package io.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MutableClockTest {
    private final MutableClock clock = MutableClock.atEpoch();

    @Test
    void shouldMoveOnlyWhenTold() {
        Instant start = clock.instant();
        assertThat(clock.instant()).isEqualTo(start);

        clock.advance(Duration.ofMinutes(3));
        assertThat(clock.instant()).isEqualTo(start.plus(Duration.ofMinutes(3)));

        clock.set(start);
        assertThat(clock.instant()).isEqualTo(start);
    }

    @Test
    void shouldJumpForwardToAWaitedInstantButNeverBack() {
        Instant start = clock.instant();
        clock.jumpTo(start.plusSeconds(7));
        assertThat(clock.instant()).isEqualTo(start.plusSeconds(7));

        clock.jumpTo(start);
        assertThat(clock.instant()).isEqualTo(start.plusSeconds(7));
    }

    @Test
    void shouldStayInUtc() {
        assertThat(clock.withZone(java.time.ZoneId.of("Europe/Berlin")).getZone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(clock.millis()).isEqualTo(clock.instant().toEpochMilli());
    }
}
