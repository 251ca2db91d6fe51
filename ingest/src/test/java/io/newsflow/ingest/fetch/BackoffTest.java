package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5));

    @Test
    void shouldDoubleUpToTheMaximum() {
        assertThat(backoff.nominal(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.nominal(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.nominal(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(backoff.nominal(6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.nominal(1000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void shouldJitterWithinTheUpperHalf() {
        assertThat(backoff.delay(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.delay(3, () -> 0.999_999)).isBetween(Duration.ofMillis(39_990), Duration.ofSeconds(40));
        assertThat(backoff.delay(3, () -> 0.5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldReadRetryAfterAsSecondsOrDate() {
        Instant now = Instant.parse("2025-06-03T10:00:00Z");

        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Tue, 03 Jun 2025 10:05:00 GMT", now)).contains(Duration.ofMinutes(5));
        assertThat(RetryAfter.parse("Tue, 03 Jun 2025 09:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
