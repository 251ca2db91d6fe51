package io.newsflow.processing.tag.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {
    @Test
    void shouldDropStopWordsNumbersAndBoilerplate() {
        assertThat(Terms.of("He said the 2024 budget was 3.5bn, click here")).containsExactly("budget");
    }

    @Test
    void shouldPairAdjacentContentWordsWithinAClause() {
        assertThat(Terms.of("Central bank raises rates. Markets fall")).containsExactly("central", "bank",
                "central bank", "raises", "bank raises", "rates", "raises rates", "markets", "fall", "markets fall");
    }

    @Test
    void shouldDropPossessiveAndStraightenApostrophes() {
        assertThat(Tokenizer.words("Trump’s plan won’t work")).containsExactly("trump", "plan", "won't", "work");
    }

    @Test
    void shouldTellNumbersFromWords() {
        assertThat(Tokenizer.isNumeric("1990s")).isTrue();
        assertThat(Tokenizer.isNumeric("covid")).isFalse();
    }
}
