package io.newsflow.processing.clean.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualityTest {

    @Test
    void shouldAverageRecallOverEveryPageButPrecisionOnlyOverPagesWithAPrediction() {
        Quality q = Quality.of(List.of(new PageScore(1, 1, 1), new PageScore(0, 0, 4)));

        assertThat(q.precision()).isEqualTo(0.5);
        assertThat(q.recall()).isEqualTo(0.25);
        assertThat(q.f1()).isCloseTo(2 * 0.5 * 0.25 / 0.75, within(1e-12));
        assertThat(q.pages()).isEqualTo(2);
    }

    @Test
    void shouldScoreNothingAsZero() {
        assertThat(Quality.of(List.of(new PageScore(0, 0, 3))).f1()).isZero();
    }
}
