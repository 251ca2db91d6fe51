package io.newsflow.processing.clean.html;

import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.clean;
import static io.newsflow.processing.clean.html.HtmlPageCleaningTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A list whose items say something beside their links is the article's, and so are its items, one by one; a list of
 * bare links is not.
 */
class DescribedListTest {
    @Test
    void shouldKeepAListWhoseItemsDescribeTheirLinks() throws IOException {
        String text = clean(fixture("described-link-list.html"), null).text();

        assertThat(text).containsSubsequence("A week away from the car", "Two-person ultralight tent with rainfly and its stakes",
                "Polycryo groundsheet, two metres cut to the floor", "Compact canister stove with igniter and one gas",
                "Long-handled titanium spoon to reach into food bags", "Weigh everything once at home");
    }

    @Test
    void shouldStillDropAListOfBareLinks() throws IOException {
        String text = clean(fixture("described-link-list.html"), null).text();

        assertThat(text).doesNotContain("Five lakes in three days", "Our favourite stoves", "Home");
    }

    @Test
    void shouldKeepAShortListWhoseLinksAreLessThanMostOfItsText() {
        Element root = Jsoup.parse("<div><p>" + "Strip the old finish before you paint the dresser. ".repeat(8)
                + "</p><h3>Supplies</h3><ul><li><a href=/a>Citristrip</a> stripper gel</li>"
                + "<li><a href=/b>Chip brush</a>, two inch</li><li><a href=/c>Gloves</a> that resist solvents</li>"
                + "<li><a href=/d>Plastic scraper</a> set</li></ul></div>").selectFirst("div");

        assertThat(CleanedBox.of(root).select("li")).hasSize(4);
    }

    @Test
    void shouldKeepAnItemThatReadsAsACallToActionAmongItsListsItems() {
        Element root = Jsoup.parse("<div><p>" + "We wore each watch for a week of runs and workdays. ".repeat(8)
                + "</p><ul><li>Battery: five days with the display always on</li>"
                + "<li>Subscribe to the weekly podcast!</li><li>Price: 299 dollars</li></ul><p>"
                + "The cheaper watches tracked sleep just as well as the dear ones. ".repeat(6) + "</p></div>")
                .selectFirst("div");

        assertThat(CleanedBox.of(root).select("li")).hasSize(3);
    }

    @Test
    void shouldKeepALineThatIntroducesTheListAfterItWhateverVerbItOpensWith() {
        Element root = Jsoup.parse("<div><p>" + "Backups fail when nobody tests them. ".repeat(8) + "</p>"
                + "<p>Check out our three rules for backups:</p><ul><li>Keep three copies of every file you need</li>"
                + "<li>Store them on two kinds of media at home</li><li>Keep one copy in another building</li></ul>"
                + "</div>").selectFirst("div");

        assertThat(CleanedBox.of(root).text()).contains("Check out our three rules for backups:");
    }
}
