package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A table of data whose links keep to one cell a row is the article's; a table of links in every cell is not. */
class DataTableTest {
    @Test
    void shouldKeepATableOfDataWhoseFirstColumnIsLinked() throws IOException {
        Element root = clean(fixture("linked-data-table.html"));

        assertThat(root.text()).contains("Quanta Services Inc.", "$7.7B", "Houston, Texas", "Rosendin Electric");
    }

    @Test
    void shouldStillDropATableOfLinks() throws IOException {
        Element root = clean(fixture("linked-data-table.html"));

        assertThat(root.text()).doesNotContain("Jobs board", "All rankings");
    }

    private static Element clean(String html) {
        return CleanedBox.of(Jsoup.parse(html).selectFirst("div.entry"));
    }
}
