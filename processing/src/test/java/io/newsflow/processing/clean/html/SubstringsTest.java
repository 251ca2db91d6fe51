package io.newsflow.processing.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubstringsTest {
    private final Substrings words = Substrings.of("share|-ad-|comment");

    @Test
    void shouldFindAnyWordAnywhereInTheName() {
        assertThat(words.foundIn("post-share-bar")).isTrue();
        assertThat(words.foundIn("top-ad-slot")).isTrue();
        assertThat(words.foundIn("comment")).isTrue();
        assertThat(words.foundIn("x comments")).isTrue();
    }

    @Test
    void shouldNotFindPartsOfWordsOrWordsCutAtTheEnd() {
        assertThat(words.foundIn("shar")).isFalse();
        assertThat(words.foundIn("head")).isFalse();
        assertThat(words.foundIn("")).isFalse();
        assertThat(words.foundIn("ünïcode-commen")).isFalse();
    }

    @Test
    void shouldTellWhichOfSeveralSetsANameMatchesInOneScan() {
        Substrings union = Substrings.union(Substrings.of("share|menu"), Substrings.of("content|main"),
                Substrings.of("cookie"));

        assertThat(union.tagsIn("share-content")).isEqualTo(0b011);
        assertThat(union.tagsIn("cookie-menu")).isEqualTo(0b101);
        assertThat(union.tagsIn("article")).isZero();
        assertThat(union.tagsIn("")).isZero();
    }

    @Test
    void shouldRefuseOneCharacterWords() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Substrings.of("a|menu"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
    }
}
