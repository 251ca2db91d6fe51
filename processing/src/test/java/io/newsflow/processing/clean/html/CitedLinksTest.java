package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A list of title links to other sites is what the article cites; one to the site's own pages is recirculation. */
class CitedLinksTest {
    private static final String URL = "https://devnotes.example/posts/winter-report";

    @Test
    void shouldKeepAListOfTitleLinksToOtherSites() throws IOException {
        String text = clean(fixture("cited-links-list.html"), URL).text();

        assertThat(text).containsSubsequence("The work on the embedded boards continues next month",
                "backend: fix the size of long double", "driver: find the runtime in the target directory");
    }

    @Test
    void shouldStillDropAListOfLinksToTheSitesOwnPages() throws IOException {
        String text = clean(fixture("cited-links-list.html"), URL).text();

        assertThat(text).doesNotContain("The autumn report", "The spring report");
    }

    @Test
    void shouldNotTellCitationsWithoutThePagesAddress() throws IOException {
        String text = clean(fixture("cited-links-list.html"), null).text();

        assertThat(text).doesNotContain("backend: fix the size of long double");
    }

    @Test
    void shouldReadTheHostOfALinkWithoutParsingIt() {
        assertThat(LinkHosts.of("https://www.Example.org/a?b")).isEqualTo("example.org");
        assertThat(LinkHosts.of("//cdn.example.org:8080/x")).isEqualTo("cdn.example.org");
        assertThat(LinkHosts.of("/posts/a")).isNull();
        assertThat(LinkHosts.sameSite("news.example.org", "example.org")).isTrue();
        assertThat(LinkHosts.sameSite("example.net", "example.org")).isFalse();
    }
}
