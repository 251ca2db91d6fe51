package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Class names that say chrome do not remove a sub-heading or the linked words of a sentence. */
class ChromeNamedTextTest {
    @Test
    void shouldKeepSubHeadingsWhoseClassNamesSayChrome() throws IOException {
        Element body = pruned("chrome-named-headings-and-links.html");

        assertThat(body.text()).contains("Workflows versus agents", "Where agents pay off");
    }

    @Test
    void shouldKeepALinkInsideASentenceWhoseClassNameSaysChrome() throws IOException {
        Element body = pruned("chrome-named-headings-and-links.html");

        assertThat(body.text()).contains("as the guide to tool calling explains in more detail");
    }

    @Test
    void shouldStillDropBoxesWhoseClassNamesSayChrome() throws IOException {
        Element body = pruned("chrome-named-headings-and-links.html");

        assertThat(body.text()).doesNotContain("Archive", "Five agent frameworks");
    }

    @Test
    void shouldKeepAHeaderNamedBoxOfProseAfterTheHeadline() throws IOException {
        Element body = pruned("header-named-boxes.html");

        assertThat(body.text()).contains("I applied the same rubric to every product");
    }

    @Test
    void shouldKeepAHeaderNamedBoxWhoseProseIsTheOwnTextOfABox() throws IOException {
        Element body = pruned("header-named-boxes.html");

        assertThat(body.text()).contains("Cash accounting records income when the money arrives");
    }

    @Test
    void shouldStillDropTheSiteHeaderAndHeadersOfLabels() throws IOException {
        Element body = pruned("header-named-boxes.html");

        assertThat(body.text()).doesNotContain("Free shipping", "Pros", "Cons");
    }

    @Test
    void shouldKeepASpanThatIsAllOfItsParagraphWhateverItsClassNames() {
        Element body = Jsoup.parse("<div><p class=\"contextmenu Body\"><span class=\"contextmenu Quotation\">Bay "
                + "laurel is a great evergreen shrub with scented foliage, good in the kitchen and in arrangements."
                + "</span></p></div>").body();

        Pruner.prune(body, true);

        assertThat(body.text()).contains("Bay laurel is a great evergreen shrub");
    }

    @Test
    void shouldStillDropAShortChromeNamedSpanThatIsAllOfItsParagraph() {
        Element body = Jsoup.parse("<div><p><span class=\"share-label\">Share this story</span></p></div>").body();

        Pruner.prune(body, true);

        assertThat(body.text()).doesNotContain("Share this story");
    }

    private static Element pruned(String name) throws IOException {
        Element body = Jsoup.parse(fixture(name)).body();
        Pruner.prune(body, true);
        return body;
    }
}
