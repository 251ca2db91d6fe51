package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A box of several paragraphs of prose is a section of the article even when its headline and words are links. */
class ProseCardTest {
    @Test
    void shouldKeepABoxOfParagraphsWhoseHeadlineIsALink() throws IOException {
        Element root = clean(fixture("prose-card-with-links.html"));

        assertThat(root.text()).contains("The falls run hardest in late spring and early summer",
                "in the autumn months the upper fall is often dry", "facing north over the meadow");
    }

    @Test
    void shouldStillDropABoxOfLinksUnderALinkedHeadline() throws IOException {
        Element root = clean(fixture("prose-card-with-links.html"));

        assertThat(root.text()).doesNotContain("More webcams", "Ridge");
    }

    private static Element clean(String html) {
        return CleanedBox.of(Jsoup.parse(html).selectFirst("div.page"));
    }
}
