package io.newsflow.processing.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.RejectReason;
import io.newsflow.processing.clean.ArticleCleaners;
import io.newsflow.processing.clean.CleanLimits;
import io.newsflow.processing.clean.CleanResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pages built to hurt: each must be cleaned or refused quickly, never a StackOverflowError. */
class HostileHtmlTest {

    @Test
    @Timeout(30)
    void shouldRefuseHundredThousandDeepNestingWithoutStackOverflow() {
        String html = "<div>".repeat(100_000) + "deep text inside many boxes" + "</div>".repeat(100_000);

        CleanResult result = ArticleCleaners.standard().clean(HtmlPageCleaningTest.raw(html, null));

        assertThat(result).isInstanceOfSatisfying(CleanResult.Unusable.class, u -> {
            assertThat(u.reason()).isEqualTo(RejectReason.UNPROCESSABLE);
            assertThat(u.detail()).contains("page.html", "deeper than");
        });
    }

    @Test
    @Timeout(30)
    void shouldCleanDeepButAllowedNesting() {
        String sentence = "The water level in the reservoir rose by two metres after a week of heavy rain, "
                + "officials said on Monday.";
        String html = "<span>".repeat(900) + "<p>" + sentence + "</p>" + "</span>".repeat(900);

        CleanResult result = ArticleCleaners.standard().clean(HtmlPageCleaningTest.raw(html, null));

        assertThat(result).isInstanceOfSatisfying(CleanResult.Cleaned.class,
                c -> assertThat(c.article().text()).isEqualTo(sentence));
    }

    @Test
    @Timeout(30)
    void shouldRefuseFiftyMegabytePageBeforeParsing() {
        String html = "<p>" + "x".repeat(50 * 1024 * 1024) + "</p>";

        CleanResult result = ArticleCleaners.standard().clean(HtmlPageCleaningTest.raw(html, null));

        assertThat(result).isInstanceOfSatisfying(CleanResult.Unusable.class, u -> {
            assertThat(u.reason()).isEqualTo(RejectReason.UNPROCESSABLE);
            assertThat(u.detail()).contains("characters");
        });
    }

    @Test
    @Timeout(30)
    void shouldRefusePageWithTooManyElements() {
        String html = "<br>".repeat(1_000);

        CleanResult result = ArticleCleaners.standard(new CleanLimits(1_000_000, 100, 500, 1))
                .clean(HtmlPageCleaningTest.raw(html, null));

        assertThat(result).isInstanceOfSatisfying(CleanResult.Unusable.class,
                u -> assertThat(u.detail()).contains("more than 500 elements"));
    }

    @Test
    @Timeout(30)
    void shouldRejectPageWithOnlyScriptsAndNoBody() {
        String html = "<script>" + "var x = 1;".repeat(10_000) + "</script>";

        CleanResult result = ArticleCleaners.standard().clean(HtmlPageCleaningTest.raw(html, null));

        assertThat(result).isInstanceOfSatisfying(CleanResult.Unusable.class,
                u -> assertThat(u.reason()).isEqualTo(RejectReason.NO_ARTICLE_TEXT));
    }
}
