package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Article text that chrome rules used to lose: CJK lines without full stops, paragraphs in a promo-named box, an
 * article whose container has a chrome name (cleaned by the lenient pass, whose boxes are still judged).
 */
class ArticleTextRecoveryTest {
    @Test
    void shouldKeepChineseLinesWithoutSentencePunctuation() throws IOException {
        String text = clean(fixture("cjk-lines.html"), null).text();

        assertThat(text).contains("一波波接續性低溫寒流報到", "第二次造訪發現營區變了", "多了許多原木飾品更有畫龍點睛效果")
                .doesNotContain("首頁", "下一篇");
    }

    @Test
    void shouldKeepParagraphsOfABoxInsideTheArticleWhateverItsClassSays() throws IOException {
        String text = clean(fixture("unlikely-named-article-text.html"), null).text();

        assertThat(text).startsWith("Thank you for reading this month's letter")
                .contains("The plan gives each day of the week one goal")
                .endsWith("on which each one falls.");
    }

    @Test
    void shouldStillCleanTheBoxesOfAnArticleWhoseContainerHasAChromeName() throws IOException {
        String text = clean(fixture("chrome-named-article-box.html"), null).text();

        assertThat(text).startsWith("Garlic is one of the easiest crops for a small bed")
                .endsWith("somewhere cool and dark until you need them.")
                .doesNotContain("Instagram", "Pinterest");
    }

    @Test
    void shouldPruneAPromoNamedBoxButNotTheParagraphsOfOneInsideTheArticle() {
        String paragraph = "<p>" + "The plan gives each day of the week one goal to work on. ".repeat(3) + "</p>";
        Document doc = Jsoup.parse("<article><div class=newsletter-richtext>" + paragraph.repeat(3) + "</div>"
                + "<div class=newsletter-signup><p>Get the letter</p></div></article>"
                + "<div class=newsletter-richtext>" + paragraph.repeat(3) + "</div>");

        Pruner.prune(doc.body(), true);

        assertThat(doc.select("article .newsletter-richtext p")).hasSize(3);
        assertThat(doc.select(".newsletter-signup")).isEmpty();
        assertThat(doc.select("body > .newsletter-richtext")).isEmpty();
    }

    @Test
    void shouldKeepAReadMoreBoxThatHoldsTheRestOfTheArticle() {
        String paragraph = "<p>" + "The council will answer every letter about the plan by May. ".repeat(2) + "</p>";
        Document doc = Jsoup.parse("<div class=story>" + paragraph.repeat(2) + "<div id=read-more>"
                + "<a href=#>Read more</a><div id=read-more-text>" + paragraph.repeat(5) + "</div></div></div>"
                + "<div class=read-more-links><p>Other stories from the valley this week</p></div>");

        Pruner.prune(doc.body(), true);

        assertThat(doc.select("#read-more-text p")).hasSize(5);
        assertThat(doc.select(".read-more-links")).isEmpty();
    }

    @Test
    void shouldPruneFormFieldLabels() {
        Document doc = Jsoup.parse("<div><p>Text.</p><label for=e>Email address</label><input id=e>"
                + "<fieldset><legend>Your details</legend></fieldset></div>");

        Pruner.prune(doc.body(), true);

        assertThat(doc.body().text()).isEqualTo("Text.");
    }
}
