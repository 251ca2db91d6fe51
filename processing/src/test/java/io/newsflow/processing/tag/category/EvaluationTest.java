package io.newsflow.processing.tag.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    @Test
    void shouldComputeAccuracyAndMacroF1() {
        Evaluation e = Evaluation.of(List.of(
                new String[] {"a", "a"}, new String[] {"a", "b"}, new String[] {"b", "b"}, new String[] {"b", "b"}));

        assertThat(e.accuracy()).isEqualTo(0.75);
        // a: tp 1, fn 1 → F1 2/3; b: tp 2, fp 1 → F1 4/5
        assertThat(e.macroF1()).isCloseTo((2.0 / 3 + 0.8) / 2, within(1e-9));
    }
}
