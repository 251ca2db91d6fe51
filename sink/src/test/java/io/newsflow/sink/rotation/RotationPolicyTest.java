package io.newsflow.sink.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.config.SinkSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RotationPolicyTest {
    private static final Instant OPENED = Instant.parse("2026-01-01T00:00:00Z");
    private final RotationPolicy policy =
            RotationPolicy.of(new SinkSettings(Path.of("out"), 3, 1000, Duration.ofSeconds(5)));

    @Test
    void shouldRotateOnceMaxRecordsAreWritten() {
        assertThat(policy.shouldRotate(new FileStats(2, 10, OPENED), OPENED)).isFalse();
        assertThat(policy.shouldRotate(new FileStats(3, 10, OPENED), OPENED)).isTrue();
    }

    @Test
    void shouldRotateOnceMaxBytesAreWritten() {
        assertThat(policy.shouldRotate(new FileStats(1, 999, OPENED), OPENED)).isFalse();
        assertThat(policy.shouldRotate(new FileStats(1, 1000, OPENED), OPENED)).isTrue();
    }

    @Test
    void shouldRotateOnceFileIsOpenForFlushInterval() {
        FileStats file = new FileStats(1, 10, OPENED);
        assertThat(policy.shouldRotate(file, OPENED.plusMillis(4999))).isFalse();
        assertThat(policy.shouldRotate(file, OPENED.plusSeconds(5))).isTrue();
    }
}
