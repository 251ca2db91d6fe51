package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A list of links amid the article is the article's when the page builder wraps it and its paragraphs in a box each,
 * and when it hangs under an item of a list the article keeps.
 */
class WrappedListTest {
    @Test
    void shouldKeepAWrappedListOfLinksBetweenWrappedParagraphs() throws IOException {
        String text = clean(fixture("wrapped-and-nested-link-lists.html"), null).text();

        assertThat(text).containsSubsequence("These patches were sent for review:",
                "backend: support casts between integers and pointers", "backend: keep volatile loads and stores in order",
                "I sent every patch that was ready");
    }

    @Test
    void shouldKeepAListOfLinksUnderAnItemOfAKeptList() throws IOException {
        String text = clean(fixture("wrapped-and-nested-link-lists.html"), null).text();

        assertThat(text).containsSubsequence("Still in progress:", "Bug 101 - vector shuffles fail on the big-endian targets",
                "Bug 103 - thread-local storage is slow on the embedded boards", "Three contributors joined the project");
    }

    @Test
    void shouldStillDropTheSitesLinkLists() throws IOException {
        String text = clean(fixture("wrapped-and-nested-link-lists.html"), null).text();

        assertThat(text).doesNotContain("Archive", "Contact", "Feed");
    }
}
