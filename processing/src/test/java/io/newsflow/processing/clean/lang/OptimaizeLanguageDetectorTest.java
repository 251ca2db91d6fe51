package io.newsflow.processing.clean.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OptimaizeLanguageDetectorTest {
    private final LanguageDetector detector = OptimaizeLanguageDetector.shared();

    @Test
    void shouldDetectEnglishProse() {
        assertThat(detector.detect("The council voted on Tuesday to extend the library's opening hours, after"
                + " residents asked for more evening places to study and read.")).contains("en");
    }

    @Test
    void shouldDetectGermanProseWithALinkAndAnAddressInIt() {
        assertThat(detector.detect("Der Stadtrat hat am Dienstag beschlossen, die Bibliothek länger zu öffnen."
                + " Mehr unter https://example.org/bibliothek/oeffnungszeiten oder per Mail an info@example.org,"
                + " wo die Verwaltung die Fragen der Bürger beantwortet.")).contains("de");
    }

    @Test
    void shouldGiveNoLanguageForTooFewLetters() {
        assertThat(detector.detect("12:30 — 4/5 ★")).isEmpty();
    }
}
