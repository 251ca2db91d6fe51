package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Page builders name every block a widget: the article's prose in such boxes stays, a box after its end goes. */
class WidgetProseTest {
    @Test
    void shouldKeepProseSectionsInBoxesWithGenericChromeNames() throws IOException {
        String text = clean(fixture("prose-in-widget-boxes.html"), null).text();

        assertThat(text).contains("The steel kettle from the test kitchen", "filter at the spout",
                "The plastic kettle that costs less", "descale it once a month");
    }

    @Test
    void shouldDropAProseBoxWithAChromeNameAfterTheArticleEnds() throws IOException {
        String text = clean(fixture("prose-in-widget-boxes.html"), null).text();

        assertThat(text).endsWith("than one that is never cleaned.").doesNotContain("commission");
    }

    @Test
    void shouldKeepTheLastOfLikeProseBoxesWithAChromeNameThoughNoProseFollowsIt() throws IOException {
        String text = clean(fixture("like-widget-sections.html"), null).text();

        assertThat(text).contains("The snake plant stands upright", "The cast-iron plant earned its name",
                "The radiator plant likes the warm");
    }

    @Test
    void shouldKeepAListInABoxWithAGenericChromeNameAmidTheArticle() {
        Element root = Jsoup.parse("<div><p>" + "We rode the scooter to work every day for a month. ".repeat(6)
                + "</p><div class=elementor-widget-wrap><h4>Pros</h4><ul><li>Folds in one move</li>"
                + "<li>Bright lights</li></ul><h4>Cons</h4><ul><li>Heavy</li><li>Slow uphill</li></ul></div><p>"
                + "The battery lasted a full week of commuting between charges. ".repeat(6) + "</p></div>")
                .selectFirst("div");

        assertThat(CleanedBox.of(root).select("li")).hasSize(4);
    }

    @Test
    void shouldKeepADataTableInABoxWithAGenericChromeName() {
        String row = "<tr><td>Week 1</td><td>Rest</td><td>3 miles easy</td><td>Rest</td><td>4 miles</td></tr>";
        Element root = Jsoup.parse("<div><p>" + "The plan builds up slowly over the weeks. ".repeat(5) + "</p>"
                + "<div class=overflow-x-scroll><table>" + row.repeat(8) + "</table></div><p>"
                + "Rest days matter as much as the long runs do. ".repeat(5) + "</p></div>").selectFirst("div");

        assertThat(CleanedBox.of(root).select("table tr")).hasSize(8);
    }

    @Test
    void shouldKeepAProseSectionWithManyImages() {
        String image = "<img src=a.jpg>";
        Element root = Jsoup.parse("<div><p>" + "Our recipes this week are quick to make. ".repeat(20) + "</p>"
                + "<div class=card>" + image.repeat(4) + "<p>"
                + "These tacos take twenty minutes and use what is already in the cupboard. ".repeat(7)
                + "</p></div></div>").selectFirst("div");

        assertThat(CleanedBox.of(root).text()).contains("These tacos take twenty minutes");
    }
}
