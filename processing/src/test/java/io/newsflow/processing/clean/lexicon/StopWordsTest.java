package io.newsflow.processing.clean.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopWordsTest {
    @Test
    void shouldFindFunctionWordsInsideATextWhateverTheirCase() {
        String text = "THE Für über été Não più and";
        assertThat(StopWords.contains(text, 0, 3)).isTrue();
        assertThat(StopWords.contains(text, 4, 7)).isTrue();
        assertThat(StopWords.contains(text, 8, 12)).isTrue();
        assertThat(StopWords.contains(text, 13, 16)).isTrue();
        assertThat(StopWords.contains(text, 17, 20)).isTrue();
        assertThat(StopWords.contains(text, 21, 24)).isTrue();
        assertThat(StopWords.contains(text, 25, 28)).isTrue();
    }

    @Test
    void shouldNotTakeOtherWordsOrOtherScriptsForFunctionWords() {
        String text = "theme Fürst x мы и 的 ТНЕ";
        assertThat(StopWords.contains(text, 0, 5)).isFalse();
        assertThat(StopWords.contains(text, 6, 11)).isFalse();
        assertThat(StopWords.contains(text, 12, 13)).isFalse();
        assertThat(StopWords.contains(text, 14, 16)).isFalse();
        assertThat(StopWords.contains(text, 17, 18)).isFalse();
        assertThat(StopWords.contains(text, 19, 20)).isFalse();
        assertThat(StopWords.contains(text, 21, 24)).isFalse();
    }

    @Test
    void shouldAgreeInPlaceWithTheWholeWordLookUp() {
        for (String word : new String[] {"the", "AND", "Über", "ÉTÉ", "sind", "zijn", "más", "theme", "Cat", ""}) {
            String text = "(" + word + ")";
            assertThat(StopWords.contains(text, 1, 1 + word.length())).as(word).isEqualTo(StopWords.contains(word));
        }
    }
}
