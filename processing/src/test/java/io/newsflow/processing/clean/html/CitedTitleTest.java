package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A paragraph that is all link, with a colon, over the prose that describes it: the title of a cited work when the
 * link leads to another site, a pointer to more of the site when it leads to the site's own pages.
 */
class CitedTitleTest {
    private static final String URL = "https://fieldnotes.example/posts/first-year-books";

    @Test
    void shouldKeepAColonTitleLinkingToAnotherSiteOverItsDescription() throws IOException {
        String text = clean(fixture("colon-titles-of-cited-works.html"), URL).text();

        assertThat(text).containsSubsequence("Marsh Birds: A Field Guide for Beginners by Ada Reed",
                "The plates are painted", "Songs of the Reeds: Learning Calls by Ear by Tom Hale");
    }

    @Test
    void shouldStillDropAColonPointerToTheSitesOwnPages() throws IOException {
        String text = clean(fixture("colon-titles-of-cited-works.html"), URL).text();

        assertThat(text).doesNotContain("Also read").contains("We still recommend a notebook");
    }

    @Test
    void shouldNotTellACitedTitleWithoutThePagesAddress() throws IOException {
        String text = clean(fixture("colon-titles-of-cited-works.html"), null).text();

        assertThat(text).doesNotContain("Marsh Birds: A Field Guide");
    }
}
