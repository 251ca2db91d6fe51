package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Testimonial cards after the article go; the article's own cards of a label and its text stay. */
class TestimonialGridTest {
    @Test
    void shouldDropAGridOfTestimonialCardsAfterTheArticle() throws IOException {
        String text = clean(fixture("testimonial-cards.html"), null).text();

        assertThat(text).doesNotContain("I finally sleep through the night", "Tom K.", "sleepyhead42")
                .contains("keep the same hours every day so that the body keeps its rhythm.");
    }

    @Test
    void shouldKeepTheArticlesCardsOfALabelAndItsText() throws IOException {
        String text = clean(fixture("testimonial-cards.html"), null).text();

        assertThat(text).contains("Cool shower", "A lukewarm shower an hour before bed",
                "Fan placement", "pushes the warm air out");
    }

    @Test
    void shouldKeepCardsOfALabelAndItsTextThatEndTheArticleWhenNoOneSpeaksInThem() throws IOException {
        String text = clean(fixture("label-cards-at-article-end.html"), null).text();

        assertThat(text).contains("Bowline", "A fixed loop at the end of a line", "Cleat hitch",
                "to tie the boat to a dock.");
    }
}
