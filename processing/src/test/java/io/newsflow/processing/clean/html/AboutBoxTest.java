package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processing.clean.lexicon.SectionLabels;
import io.newsflow.processing.clean.lexicon.Tokens;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** An "About" label over a name after the article heads the publisher's or the author's blurb, not the article. */
class AboutBoxTest {
    @Test
    void shouldCutThePublishersBlurbUnderAnAboutLabelAfterTheArticle() throws IOException {
        String text = clean(fixture("about-box-after-article.html"), null).text();

        assertThat(text).contains("as battery prices keep falling")
                .doesNotContain("About Northfield Media", "independent publisher");
    }

    @Test
    void shouldTellAnAboutLabelFromASectionHeadingAboutSomething() {
        assertThat(SectionLabels.isAboutLabel(Tokens.of("About Northfield Media"))).isTrue();
        assertThat(SectionLabels.isAboutLabel(Tokens.of("About the study's design"))).isFalse();
        assertThat(SectionLabels.isAboutLabel(Tokens.of("About"))).isFalse();
    }
}
