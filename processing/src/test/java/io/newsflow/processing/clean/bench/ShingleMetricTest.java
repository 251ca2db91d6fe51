package io.newsflow.processing.clean.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    @Test
    void shouldSplitWordsAsPythonsUnicodeWordRunsDo() {
        assertThat(ShingleMetric.tokens("It's snake_case, 3.5 naïve — ½ Ⅻ"))
                .containsExactly("It", "s", "snake_case", "3", "5", "naïve", "½", "Ⅻ");
    }

    @Test
    void shouldEndAWordAtACombiningMarkAsPythonDoes() {
        // "e" + U+0301 COMBINING ACUTE ACCENT: Python's \w leaves out marks, Java's Unicode \w would not
        assertThat(ShingleMetric.tokens("cafe\u0301s")).containsExactly("cafe", "s");
    }

    @Test
    void shouldCountSharedFourGramsAsTruePositives() {
        PageScore score = ShingleMetric.score("a b c d e", "a b c d x");

        assertThat(score).isEqualTo(new PageScore(1, 1, 1));
    }

    @Test
    void shouldCountARepeatedFourGramOnlyAsOftenAsBothSidesHaveIt() {
        PageScore score = ShingleMetric.score("a b c d a b c d", "a b c d");

        assertThat(score).isEqualTo(new PageScore(1, 0, 4));
    }

    @Test
    void shouldMakeOneShingleOfAShortText() {
        assertThat(ShingleMetric.score("Free to join", "Free to join")).isEqualTo(new PageScore(1, 0, 0));
        assertThat(ShingleMetric.score("Free to join", "free to join")).isEqualTo(new PageScore(0, 1, 1));
    }

    @Test
    void shouldLeavePrecisionUndefinedForAnEmptyPrediction() {
        PageScore score = ShingleMetric.score("a b c d", "");

        assertThat(score.precision()).isEmpty();
        assertThat(score.recall()).hasValue(0.0);
    }
}
