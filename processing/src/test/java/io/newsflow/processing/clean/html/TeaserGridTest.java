package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A grid of teaser cards inside the article's container goes; the article's own list stays. */
class TeaserGridTest {
    @Test
    void shouldDropAGridOfTeaserCardsWithExcerptsInsideTheArticleBox() throws IOException {
        String text = clean(fixture("teaser-grid.html"), null).text();

        assertThat(text).doesNotContain("Garlic needs a cold spell", "shell them on a dry day", "Pack the wet leaves")
                .endsWith("as cooked puree in the freezer.");
    }

    @Test
    void shouldKeepTheArticlesOwnListOfShortItems() throws IOException {
        String text = clean(fixture("teaser-grid.html"), null).text();

        assertThat(text).contains("Butternut: up to six months", "Acorn and delicata: six to eight weeks at most.");
    }

    @Test
    void shouldKeepLikeBuiltCardsOfProseThatOnlyMentionALink() {
        String card = "<div class=tip><p>Buy shoes in the afternoon, when your feet have swollen a little, and leave a "
                + "thumb's width at the toe. Run a few steps in the shop; a good fit holds the heel without rubbing, "
                + "bends where your foot bends and leaves room to spread the toes when you land on a downhill, "
                + "and the <a href=/fit-guide-%d>fit guide from the maker</a> helps too.</p></div>";
        Element root = Jsoup.parse("<div><p>" + "New runners often buy on looks alone. ".repeat(8) + "</p><div class=tips>"
                + String.format(card, 1) + String.format(card, 2) + String.format(card, 3) + "</div></div>")
                .selectFirst("div");

        assertThat(CleanedBox.of(root).select("div.tip")).hasSize(3);
    }
}
