package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A box of labels and values amid the article, with no prose in it (a stock quote card), is not the article. */
class FragmentBoxTest {
    @Test
    void shouldDropAQuoteCardOfLabelsAndValuesAmidTheArticle() throws IOException {
        Element root = clean(fixture("quote-widget-amid-article.html"));

        assertThat(root.text()).doesNotContain("Current Price", "$259.06", "Day's Range", "Gross Margin");
    }

    @Test
    void shouldKeepTheArticleAroundTheQuoteCard() throws IOException {
        Element root = clean(fixture("quote-widget-amid-article.html"));

        assertThat(root.text()).contains("sells software that companies rent", "spends most of what it earns",
                "Contoso Data stores and queries");
    }

    private static Element clean(String html) {
        return CleanedBox.of(Jsoup.parse(html).selectFirst("div.entry"));
    }
}
