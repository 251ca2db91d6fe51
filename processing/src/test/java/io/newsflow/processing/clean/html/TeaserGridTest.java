package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A grid of teaser cards inside the article's container goes; the article's own list stays. */
class TeaserGridTest {
    @Test
    void shouldDropAGridOfTeaserCardsWithExcerptsInsideTheArticleBox() throws IOException {
        String text = clean(fixture("teaser-grid.html"), null).text();

        assertThat(text).doesNotContain("Garlic needs a cold spell", "shell them on a dry day", "Pack the wet leaves")
                .endsWith("as cooked puree in the freezer.");
    }

    @Test
    void shouldKeepTheArticlesOwnListOfShortItems() throws IOException {
        String text = clean(fixture("teaser-grid.html"), null).text();

        assertThat(text).contains("Butternut: up to six months", "Acorn and delicata: six to eight weeks at most.");
    }
}
