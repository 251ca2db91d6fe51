package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processing.clean.CleanedArticle;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Short articles are cleaned leniently too; consent banners and bylines must still stay out of the text. */
class BylineAndConsentTest {
    @Test
    void shouldDropCookieBannerBeforeMainAndMoveClassedBylineToAuthors() throws IOException {
        CleanedArticle article = clean(fixture("cookie-banner-and-byline.html"), null);

        assertThat(article.text()).startsWith("The new harbour opened on Tuesday")
                .endsWith("two months early.").doesNotContain("cookies", "Jane Doe");
        assertThat(article.authors()).containsExactly("Jane Doe");
        assertThat(article.provenance()).containsEntry("authors", "byline");
    }

    @Test
    void shouldMoveUnmarkedBylineToAuthorsButKeepSentencesThatStartWithBy() throws IOException {
        CleanedArticle article = clean(fixture("plain-byline.html"), null);

        assertThat(article.text()).startsWith("The island ferry will leave half an hour earlier")
                .contains("By the end of the summer a second boat").doesNotContain("Maria Lopez", "small files");
        assertThat(article.authors()).containsExactly("Maria Lopez", "Tom Becker");
    }
}
