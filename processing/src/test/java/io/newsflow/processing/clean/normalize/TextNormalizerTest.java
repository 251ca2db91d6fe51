package io.newsflow.processing.clean.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void shouldComposeToNfcAndDropZeroWidthAndControlCharacters() {
        String decomposed = "Cafe\u0301\u200B in\u00A0\u00A0town\u0007";

        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Caf\u00E9 in town");
    }

    @Test
    void shouldReturnTextThatIsAlreadyNormalUnchanged() {
        String text = "Caf\u00e9 owners say \u201cno\u201d \u2014\nthe fees won\u2019t help\u2026";

        assertThat(TextNormalizer.normalize(text)).isSameAs(text);
        assertThat(TextNormalizer.normalize("two  spaces \n")).isEqualTo("two spaces\n");
        assertThat(TextNormalizer.normalize(" lead")).isEqualTo("lead");
    }

    @Test
    void shouldKeepLineBreaksAndTrimSpacesAroundThem() {
        assertThat(TextNormalizer.normalize("  first line \t\n\u2003second   line  ")).isEqualTo("first line\nsecond line");
    }

    @Test
    void shouldDecodeEntitiesOfPlainText() {
        assertThat(TextNormalizer.decodeEntities("Fish &amp; chips &#8211; &quot;fresh&quot;"))
                .isEqualTo("Fish & chips \u2013 \"fresh\"");
    }

    @Test
    void shouldFoldTypographicQuotesOnlyWhenAsked() {
        String text = "\u201CIt\u2019s open,\u201D she said. \u00ABOui\u00BB";

        assertThat(TextNormalizer.foldQuotes(text)).isEqualTo("\"It's open,\" she said. \"Oui\"");
        assertThat(TextNormalizer.normalize(text)).isEqualTo(text);
    }
}
