package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processing.clean.lexicon.SectionLabels;
import io.newsflow.processing.clean.lexicon.Tokens;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A credit label after the article ("Reviewed by:") heads the reviewers' cards, which are not the article. */
class CreditLabelTest {
    @Test
    void shouldCutTheReviewersCardUnderACreditLabelAfterTheArticle() throws IOException {
        String text = clean(fixture("credit-labels-after-article.html"), null).text();

        assertThat(text).contains("the amount their own doctor gives them")
                .doesNotContain("Reviewed by", "family physician");
    }

    @Test
    void shouldTellACreditLabelFromASentenceThatEndsInBy() {
        assertThat(SectionLabels.isCreditLabel(Tokens.of("Medically reviewed by:"))).isTrue();
        assertThat(SectionLabels.isCreditLabel(Tokens.of("Written By"))).isTrue();
        assertThat(SectionLabels.isCreditLabel(Tokens.of("Make training effective by"))).isFalse();
        assertThat(SectionLabels.isCreditLabel(Tokens.of("Written by Jane Doe"))).isFalse();
    }
}
