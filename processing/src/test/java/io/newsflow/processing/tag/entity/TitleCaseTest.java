package io.newsflow.processing.tag.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TitleCaseTest {
    private static final List<String> LINES = List.of(
            "Central Bank Raises Interest Rates Again",
            "Central bank raises interest rates again",
            "Zürich’s Mayor Opens Ölberg Bridge",
            "Zürich’s mayor opens the Ölberg bridge",
            "Trump's Tariffs: What Comes Next?",
            "O’Neill Wins",
            "A B C",
            "   ",
            "Über 1,000 Menschen Protestieren Gegen Neue Gesetze",
            "The bridge — reopened on Monday — carries 40,000 cars a day.");

    @Test
    void shouldTakeAHeadlineWithEveryLongWordCapitalisedAsTitleCase() {
        assertThat(TitleCase.is("Central Bank Raises Interest Rates Again")).isTrue();
        assertThat(TitleCase.is("Zürich’s Mayor Opens Ölberg Bridge")).isTrue();
    }

    @Test
    void shouldNotTakeASentenceOrAShortLineAsTitleCase() {
        assertThat(TitleCase.is("Central bank raises interest rates again")).isFalse();
        assertThat(TitleCase.is("O’Neill Wins")).isFalse();
        assertThat(TitleCase.is(null)).isFalse();
    }

    @Test
    void shouldSplitWordsAsTheLetterAndApostropheClassDoes() {
        Pattern notWord = Pattern.compile("[^\\p{L}'’]+");
        for (String line : LINES) {
            int words = 0;
            int capitalised = 0;
            for (String word : notWord.split(line)) {
                if (word.length() > 3) {
                    words++;
                    capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
                }
            }
            boolean expected = !line.isBlank() && words >= 3 && capitalised == words;
            assertThat(TitleCase.is(line)).as(line).isEqualTo(expected);
        }
    }
}
