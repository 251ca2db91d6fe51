package io.newsflow.processing.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A heading (or a paragraph that reads as a title) that is all link stays when prose follows it, and goes when links
 * follow it.
 */
class LinkedHeadingTest {
    private static final String INTRO = "<p>" + "The old town has more cafes than it has streets. ".repeat(8) + "</p>";

    @Test
    void shouldKeepALinkedHeadingThatOpensAParagraph() {
        Element root = Jsoup.parse("<div>" + INTRO + "<h3><a href=/cafe-kacao>Cafe Kacao</a></h3><p>Anchored by a "
                + "Guatemalan family's recipes, this small cafe serves breakfast all day and the best coffee in "
                + "town.</p></div>").selectFirst("div");

        assertThat(CleanedBox.of(root).select("h3")).hasSize(1);
    }

    @Test
    void shouldDropALinkedHeadingOverAListOfLinks() {
        Element root = Jsoup.parse("<div>" + INTRO + "<h3><a href=/more>More from the blog</a></h3><ul>"
                + "<li><a href=/a>Ten cafes to try</a></li><li><a href=/b>Where to eat late</a></li></ul></div>")
                .selectFirst("div");

        assertThat(CleanedBox.of(root).select("h3")).isEmpty();
    }

    @Test
    void shouldKeepAParagraphOfLinksThatReadsAsTheTitleOfTheProseAfterIt() {
        Element root = Jsoup.parse("<div>" + INTRO + "<p><a href=/deal>NSO to be acquired by US investors</a></p><p>"
                + "The spyware maker has agreed to a sale to a group of American investors, its owners said on Monday."
                + "</p></div>").selectFirst("div");

        assertThat(CleanedBox.of(root).text()).contains("NSO to be acquired by US investors");
    }

    @Test
    void shouldStillDropAParagraphOfLinksThatPointsElsewhereBeforeProse() {
        Element root = Jsoup.parse("<div>" + INTRO + "<p><a href=/other>Also read: Who runs the cafes of the old "
                + "town</a></p><p>" + "Most cafes close at six, and the bakeries an hour earlier. ".repeat(3)
                + "</p></div>").selectFirst("div");

        assertThat(CleanedBox.of(root).text()).doesNotContain("Also read");
    }

    @Test
    void shouldKeepALinkedHeadingWhoseLinkHoldsOnlyEmphasis() throws IOException {
        Element root = Jsoup.parse(fixture("linked-headings-over-labels.html")).selectFirst("div.guide");

        assertThat(CleanedBox.of(root).text()).contains("HILLTOP ROASTING HOUSE");
    }

    @Test
    void shouldKeepALinkedHeadingWhoseProseFollowsARatingAndAPhoto() throws IOException {
        Element root = Jsoup.parse(fixture("linked-headings-over-labels.html")).selectFirst("div.guide");

        assertThat(CleanedBox.of(root).text()).contains("Millstream Coffee", "roasts beside an old water mill")
                .doesNotContain("More guides");
    }
}
