package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void shouldGiveTheNearestRankWhateverTheOrderOfTheSample() {
        long[] sample = new long[100];
        for (int i = 0; i < 100; i++) {
            sample[i] = 100 - i;
        }
        Percentiles p = new Percentiles(sample);

        assertThat(p.at(50)).isEqualTo(50);
        assertThat(p.at(99)).isEqualTo(99);
        assertThat(p.at(100)).isEqualTo(100);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.count()).isEqualTo(100);
    }

    @Test
    void shouldGiveZeroForAnEmptySampleAndRefusePercentilesOutsideTheRange() {
        Percentiles empty = new Percentiles(new long[0]);

        assertThat(empty.at(99)).isZero();
        assertThatThrownBy(() -> empty.at(0)).hasMessageContaining("p must be");
    }
}
