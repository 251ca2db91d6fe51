package io.newsflow.processing.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An aside of prose inside the article is one of its sections; the site's rail of teasers still goes. */
class AsideEssayTest {
    private static final String ESSAY = "<aside class=\"post-aside\"><h3>A note on other devices</h3>"
            + ("<p>" + "Writable disks and block devices are harder to protect than the boot image itself. ".repeat(2)
            + "</p>").repeat(3) + "</aside>";

    @Test
    void shouldKeepAnAsideOfThreeParagraphsOfProseInsideTheArticle() {
        Element body = pruned("<article><p>" + "The host trusts only what it measured at boot. ".repeat(5) + "</p>"
                + ESSAY + "</article>");

        assertThat(body.text()).contains("A note on other devices", "Writable disks and block devices");
    }

    @Test
    void shouldStillDropTheSameAsideOutsideTheArticle() {
        Element body = pruned("<article><p>" + "The host trusts only what it measured at boot. ".repeat(5)
                + "</p></article>" + ESSAY);

        assertThat(body.text()).doesNotContain("A note on other devices");
    }

    @Test
    void shouldStillDropAnAsideOfTeaserLinksInsideTheArticle() {
        Element body = pruned("<article><p>" + "The host trusts only what it measured at boot. ".repeat(5) + "</p>"
                + "<aside>" + ("<p><a href=/x>" + "Another story about measured boot and how it fails. ".repeat(2)
                + "</a></p>").repeat(3) + "</aside></article>");

        assertThat(body.text()).doesNotContain("Another story");
    }

    private static Element pruned(String html) {
        Element body = Jsoup.parse(html).body();
        Pruner.prune(body, true);
        return body;
    }
}
