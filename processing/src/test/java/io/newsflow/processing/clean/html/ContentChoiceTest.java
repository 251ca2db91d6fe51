package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processing.clean.ArticleCleaners;
import io.newsflow.processing.clean.CleanLimits;
import io.newsflow.processing.clean.CleanResult;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ContentChoiceTest {
    @Test
    void shouldDropCommentsEvenWhenEachCommentIsAnArticleElement() throws IOException {
        String text = clean(fixture("comments-as-articles.html"), null).text();

        assertThat(text).contains("The harbour office published new tide tables",
                "which the office now uses for its predictions.");
        assertThat(text).doesNotContain("Jane Fisher", "I always wondered", "Twenty minutes is a lot", "Reply",
                "thoughts on this post");
    }

    @Test
    void shouldReadArticleStreamedIntoHiddenBoxButNotScreenReaderHiddenCopies() throws IOException {
        String text = clean(fixture("streamed-hidden-content.html"), null).text();

        assertThat(text).contains("An index fund buys every share", "adds up.", "small monthly amount.");
        assertThat(text).doesNotContain("must not be read", "Savings", "second long paragraph");
    }

    @Test
    void shouldKeepLinkListsThatSitBetweenTheArticlesParagraphsInOrder() throws IOException {
        String text = clean(fixture("link-list-in-article.html"), null).text();

        assertThat(text).containsSubsequence("This month the backend learned", "Many patches were sent for review:",
                "Add support for packed structures", "Add the weak attribute",
                "the next step is to run the whole test suite", "Set locations on every kind",
                "Thanks to everyone who reviewed");
        assertThat(text).doesNotContain("Report 11", "About", "Progress report #12");
    }

    @Test
    void shouldKeepLinkListsThatALineAnnouncesAmidTheArticleButNotAfterIt() throws IOException {
        String text = clean(fixture("announced-link-lists.html"), null).text();

        assertThat(text).containsSubsequence("A multimeter is the backbone", "Fluke 117", "Klein MM400",
                "Wire strippers remove insulation", "Klein 11061", "Irwin Vise-Grip", "A non-contact voltage tester");
        assertThat(text).doesNotContain("How to set up a service van");
    }

    @Test
    void shouldFoldQuotesWhenTheLimitsAskForIt() {
        String html = "<html><head><title>\u201COpen\u201D again</title></head><body><article><p>\u201CWe\u2019re "
                + "open again,\u201D said the owner of the caf\u00E9 on the old market square, after a summer of "
                + "repairs to the roof and the kitchen.</p></article></body></html>";

        CleanResult result = ArticleCleaners.standard(CleanLimits.DEFAULT.withFoldQuotes(true))
                .clean(HtmlPageCleaningTest.raw(html, null));

        assertThat(result).isInstanceOfSatisfying(CleanResult.Cleaned.class, c -> {
            assertThat(c.article().text()).startsWith("\"We're open again,\" said the owner");
            assertThat(c.article().title()).isEqualTo("\"Open\" again");
        });
    }
}
