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
    void shouldNormaliseEnglishTextAsTheUnicodePathDoes() {
        // a letter outside ASCII sends the whole text through NFKC and Unicode case folding
        String unicode = TextFingerprint.normalise(NEWS + " Zürich");

        assertThat(unicode).isEqualTo(TextFingerprint.normalise(NEWS) + " zürich");
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
