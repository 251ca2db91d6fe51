package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What follows the article inside its own box: bios, related posts, ad labels and rights notices go. */
class TrailingSectionsTest {
    @Test
    void shouldDropAuthorBioAndRelatedPostsThatFollowTheArticle() throws IOException {
        String text = clean(fixture("trailing-sections.html"), null).text();

        assertThat(text).startsWith("The river trail between the old mill")
                .endsWith("many of them families with small children.")
                .doesNotContain("About the author", "Sam Reed", "Related posts", "New parking", "Bridge inspections");
    }

    @Test
    void shouldKeepAnInlineRelatedPointerAndTheProseAfterIt() throws IOException {
        String text = clean(fixture("trailing-sections.html"), null).text();

        assertThat(text).contains("Volunteers from four towns", "The park service says");
    }

    @Test
    void shouldDropAdSlotLabelsAndRightsNotices() throws IOException {
        String text = clean(fixture("trailing-sections.html"), null).text();

        assertThat(text).doesNotContain("Advertisement", "All rights reserved", "Copyright");
    }

    @Test
    void shouldDropAnAuthorBioThatOpensWithTheBylineName() throws IOException {
        var article = clean(fixture("author-bio.html"), null);

        assertThat(article.authors()).containsExactly("Jane Porter");
        assertThat(article.text()).endsWith("sometimes for most of the afternoon.").doesNotContain("reporter");
    }

    @Test
    void shouldNotTakeTheFirstWordOfATeamNameForAGivenName() throws IOException {
        var article = clean(fixture("team-named-author.html"), null);

        assertThat(article.authors()).containsExactly("The Harbour Desk");
        assertThat(article.text()).endsWith("at the monthly meetings in the village halls.");
    }

    @Test
    void shouldNotTakeABrandInCapitalsForAGivenName() {
        Element box = ferryArticleThen("<p>ACME is already building two new boats for the route, and both will "
                + "run on batteries charged at the harbour overnight.</p>");
        TextStats stats = new TextStats();
        BlockSumSelector.choose(box, stats);

        TrailingSections.cut(box, stats, java.util.List.of("ACME Official"), new Removals());

        assertThat(box.text()).endsWith("charged at the harbour overnight.");
    }

    @Test
    void shouldDropAnAuthorBioInABoxWithoutAParagraph() {
        Element box = ferryArticleThen("<div class=bio-text>Jane Porter is a reporter who covers the islands and "
                + "their ferries, and has lived on the biggest of them since 2009.</div>");

        Element cut = cutTrailing(box);

        assertThat(cut.text()).endsWith("until the end of the year.").doesNotContain("reporter");
    }

    @Test
    void shouldCutFromAnAuthorBioThatComesBeforeATrailingLabel() {
        Element box = ferryArticleThen("<p>Jane Porter is a reporter who covers the islands and their ferries, "
                + "and has lived on the biggest of them since 2009.</p><h3>Related posts</h3>"
                + "<p><a href=/a>New timetable</a></p>");

        Element cut = cutTrailing(box);

        assertThat(cut.text()).endsWith("until the end of the year.").doesNotContain("reporter", "Related");
    }

    /** Two paragraphs of a ferry story by Jane Porter, then {@code trailing}. */
    private static Element ferryArticleThen(String trailing) {
        return Jsoup.parse("<div><p>" + "The ferry will leave half an hour earlier from Monday. ".repeat(12)
                + "</p><p>" + "Fares stay the same until the end of the year. ".repeat(12) + "</p>" + trailing
                + "</div>").selectFirst("div");
    }

    private static Element cutTrailing(Element box) {
        TextStats stats = new TextStats();
        BlockSumSelector.choose(box, stats);
        TrailingSections.cut(box, stats, java.util.List.of("Jane Porter"), new Removals());
        return box;
    }

    @Test
    void shouldKeepAParagraphAboutTheAuthorEarlyInTheArticle() {
        Element box = Jsoup.parse("<div><p>Jane Porter is the new harbour master, and this is her first winter in the "
                + "job after twenty years at sea.</p><p>" + "She wants a new pier before the storms. ".repeat(12)
                + "</p></div>").selectFirst("div");
        TextStats stats = new TextStats();
        BlockSumSelector.choose(box, stats);

        TrailingSections.cut(box, stats, java.util.List.of("Jane Porter"), new Removals());

        assertThat(box.select("p")).hasSize(2);
    }

    @Test
    void shouldNotCutALabelInTheFirstPartOfTheBox() {
        Element box = Jsoup.parse("<div><h2>Comments</h2><p>" + "Readers wrote in about the plan. ".repeat(20)
                + "</p><p>" + "The council will answer them in May. ".repeat(20) + "</p></div>").selectFirst("div");
        TextStats stats = new TextStats();
        BlockSumSelector.choose(box, stats);

        TrailingSections.cut(box, stats, new Removals());

        assertThat(box.select("p")).hasSize(2);
        assertThat(box.selectFirst("h2")).isNotNull();
    }
}
