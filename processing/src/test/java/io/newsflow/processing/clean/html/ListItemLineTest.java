package io.newsflow.processing.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A block that is all the text of a list item is judged with its list, not as a line of its own. */
class ListItemLineTest {
    private static final String INTRO = "<p>" + "A multimeter is the first tool to reach for on every job. ".repeat(6)
            + "</p>";
    private static final String MORE = "<p>" + "Wire strippers remove insulation without nicking the copper. ".repeat(6)
            + "</p>";

    @Test
    void shouldKeepLinkedHeadingsThatAreAllOfTheirItemsInAListTheArticleKeeps() {
        Element root = Jsoup.parse("<div>" + INTRO + "<h4>Our picks:</h4><ul><li><h2><a href=/p/1>Fluke 117</a></h2>"
                + "</li><li><h2><a href=/p/2>Klein MM400</a></h2></li></ul>" + MORE + "</div>").selectFirst("div");

        assertThat(CleanedBox.of(root).text()).contains("Fluke 117", "Klein MM400");
    }

    @Test
    void shouldStillDropALinkedHeadingOutsideAList() {
        Element root = Jsoup.parse("<div>" + INTRO + "<h2><a href=/more>More from the shop</a></h2></div>")
                .selectFirst("div");

        assertThat(CleanedBox.of(root).text()).doesNotContain("More from the shop");
    }
}
