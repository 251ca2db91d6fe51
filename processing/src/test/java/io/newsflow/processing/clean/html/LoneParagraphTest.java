package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The article's box is never one paragraph: the table beside it is the article's too. */
class LoneParagraphTest {
    @Test
    void shouldTakeTheTableBesideTheOnlyParagraphOfProse() throws IOException {
        Element box = BlockSumSelector.select(Jsoup.parse(fixture("paragraph-and-table.html")).body());

        assertThat(box.text()).contains("Earning a certificate is a way", "Result of an assessment process",
                "No relationship to attaining higher education").doesNotContain("Programs");
    }
}
