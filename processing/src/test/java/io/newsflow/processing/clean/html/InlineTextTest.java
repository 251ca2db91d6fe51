package io.newsflow.processing.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Short-chrome rules judge lines, never the linked or bold words of a sentence. */
class InlineTextTest {
    @Test
    void shouldKeepLinkedAndBoldWordsInsideASentence() {
        Element root = Jsoup.parse("<div><p>The council <span><a href=/plan>approved the harbour plan</a></span> on "
                + "Tuesday, and <strong>Click here</strong> was the name of the campaign that opposed it.</p>"
                + "<p><span><a href=/more>More harbour news</a></span></p></div>").selectFirst("div");

        CleanedBox.of(root);

        assertThat(root.text()).isEqualTo("The council approved the harbour plan on Tuesday, and Click here was the "
                + "name of the campaign that opposed it.");
    }

    @Test
    void shouldKeepABoldWordWhoseLinkHoldsNothingElseInsideASentence() throws IOException {
        Element root = Jsoup.parse(fixture("inline-link-around-bold-word.html")).selectFirst("div.entry");

        CleanedBox.of(root);

        assertThat(root.text()).contains("from the upper classes, coffee is one of the products",
                "dry the cherries in the sun on raised beds, which kept").doesNotContain("More coffee stories");
    }
}
