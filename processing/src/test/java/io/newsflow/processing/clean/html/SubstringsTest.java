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
}
