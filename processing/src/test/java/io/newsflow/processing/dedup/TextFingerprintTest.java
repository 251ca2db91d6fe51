package io.newsflow.processing.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    private static final String NEWS = "“We don’t know,” the U.S. Secretary\tsaid — 42 DAYS later–at 10:30 'sharp'.\n"
            + "(Reuters) `Quoted` text; e-mail me!";

    @Test
    void shouldKeepWordsLowerCasedAndDropPunctuationQuotesAndApostrophes() {
        assertThat(TextFingerprint.normalise(NEWS))
                .isEqualTo("we dont know the u s secretary said 42 days later at 10 30 sharp reuters quoted text e mail me");
    }

    @Test
    void shouldNormaliseNewsTextAsTheUnicodePathDoes() {
        // a letter outside Latin-1 sends the whole text through NFKC and Unicode case folding
        String text = NEWS + " Zürich\u00a0© ÀÉÎÕÜÝÞ ß ÿ « Ça » • …";

        assertThat(TextFingerprint.normalise(text + " Ā")).isEqualTo(TextFingerprint.normalise(text) + " ā")
                .endsWith("zürich àéîõüýþ ß ÿ ça ā");
    }

    @Test
    void shouldNormaliseEveryCharacterAsTheUnicodePathDoes() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "Ab" + c + "Cd 1";

            assertThat(TextFingerprint.normalise(text + " Ā")).as("U+%04X", (int) c)
                    .isEqualTo(TextFingerprint.normalise(text) + " ā");
        }
    }

    @Test
    void shouldFoldCompatibilityCharactersOutsideTheEnglishFastPath() {
        assertThat(TextFingerprint.normalise("Wait… ﬁnal\u00a0Ｍarch ½"))
                .isEqualTo(TextFingerprint.normalise("wait... final march 1⁄2"))
                .isEqualTo("wait final march 1 2");
    }

    @Test
    void shouldGiveTheSameFingerprintToCopiesThatDifferInLayoutCaseAndQuotes() {
        assertThat(TextFingerprint.of("“Bridge” reopened,\n  MAYOR said"))
                .isEqualTo(TextFingerprint.of("\"bridge\" Reopened — mayor said"))
                .isNotEqualTo(TextFingerprint.of("Bridge closed, mayor said"));
    }
}
