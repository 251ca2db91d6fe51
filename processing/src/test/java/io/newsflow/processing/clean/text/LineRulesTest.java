package io.newsflow.processing.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineRulesTest {
    @Test
    void shouldCutAltTextGluedToTheEndOfAParagraph() {
        assertThat(LineRules.withoutGluedAltText("The leaders met in Osaka.trump putin meeting 2019"))
                .isEqualTo("The leaders met in Osaka.");
        assertThat(LineRules.withoutGluedAltText("He said “no.”crowd outside court"))
                .isEqualTo("He said “no.”");
    }

    @Test
    void shouldKeepAParagraphThatEndsInPunctuationOrACapital() {
        assertThat(LineRules.withoutGluedAltText("The leaders met in Osaka. the rest follows.")).endsWith("follows.");
        assertThat(LineRules.withoutGluedAltText("The leaders met in Osaka.trump putin Meeting"))
                .endsWith("Meeting");
        assertThat(LineRules.withoutGluedAltText("")).isEmpty();
    }

    @Test
    void shouldFindALabelBeforeATitleCaseHeadlineOnlyWhenTheColonEndsAShortLabel() {
        assertThat(LineRules.isLabelThenHeadline(Line.of(1, "Also on Example: Ten Things You Missed Today")))
                .isTrue();
        assertThat(LineRules.isLabelThenHeadline(Line.of(1, "A: Ten Things You Missed Today"))).isFalse();
        assertThat(LineRules.isLabelThenHeadline(Line.of(1, "x".repeat(41) + ": Ten Things You Missed Today")))
                .isFalse();
        assertThat(LineRules.isLabelThenHeadline(Line.of(1, "x".repeat(40) + ": Ten Things You Missed Today")))
                .isTrue();
    }
}
