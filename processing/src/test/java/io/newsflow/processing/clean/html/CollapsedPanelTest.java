package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A collapsed accordion panel holds the page's text; a collapsed menu panel holds links and still goes. */
class CollapsedPanelTest {
    @Test
    void shouldKeepTheProseOfCollapsedAccordionPanels() throws IOException {
        Element body = Jsoup.parse(fixture("collapsed-accordion-panels.html")).body();

        Pruner.prune(body, true);

        assertThat(body.text()).contains("AI brings automation to decentralised systems",
                "Start by listing the records that several parties keep");
    }

    @Test
    void shouldStillDropACollapsedMenuOfLinks() throws IOException {
        Element body = Jsoup.parse(fixture("collapsed-accordion-panels.html")).body();

        Pruner.prune(body, true);

        assertThat(body.text()).doesNotContain("Pricing", "Contact us");
    }
}
