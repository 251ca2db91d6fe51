package io.newsflow.processing.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import io.newsflow.processing.clean.ArticleCleaners;
import io.newsflow.processing.clean.CleanResult;
import io.newsflow.processing.clean.CleanedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The five seed pages: each test names the title, the date, every line that must go (header, footer,
 * calls to action, counters, credits, related links, alt text) and checks that the body is exactly the page's
 * other lines, in order.
 */
class SeedPagesTest {

    @Test
    void shouldReadDateLineTitleAndDropShareAndCreditLinesInSeed000() throws IOException {
        Seed seed = Seed.load("000_df965513c80b0924.txt");
        CleanedArticle article = seed.clean();

        assertThat(article.title())
                .isEqualTo("Putin invites Trump to celebrate the end of WWII right after boasting about new "
                        + "unstoppable missiles");
        assertThat(article.publishedAt()).isEqualTo("2021-03-06");
        assertThat(article.provenance()).containsEntry("title", "text:line-3")
                .containsEntry("publishedAt", "text:line-1").containsEntry("language", "detector");
        assertThat(article.language()).isEqualTo("en");
        seed.assertBodyIsEveryLineExcept(article, Set.of("March 6, 2021", article.title(),
                "Get the details about the conflicts in Ukraine from Vox below:",
                "See more about Putin from Vice below:",
                "Featured image: Screenshot via YouTube",
                "Social Share Buttons and Icons powered by Ultimatelysocial",
                "Enjoy this blog? Please spread the word :)",
                "%d bloggers like this:"));
        assertThat(article.text()).contains("\n\nAnother invite to Moscow\n\n", "\n\nUkraine and Putin\n\n",
                "\n\nFrom CNN:\n\n", "\n\nAs for the rest of the conversation, we have no idea what came up, "
                        + "as usual.\n\n");
    }

    @Test
    void shouldSkipConnectLineAndDropRelatedTeaserAndCallsToActionInSeed001() throws IOException {
        Seed seed = Seed.load("001_4469bc817fb31834.txt");
        CleanedArticle article = seed.clean();

        assertThat(article.title()).isEqualTo(
                "Trump Just Invited The Man Who Ordered Attack On U.S. Democracy To The White House: Report");
        assertThat(article.provenance()).containsEntry("title", "text:line-4");
        assertThat(article.publishedAt()).isNull();
        seed.assertBodyIsEveryLineExcept(article, Set.of("Connect with us", article.title(),
                "Also on Political Dig: Putin Says He\u2019s Happy With Trump\u2019s Performance: "
                        + "\u2018I Have No Disappointment At All\u2019.",
                "Don't miss the latest Political Digs. Sign up for our daily email:",
                "Click to comment",
                "More in NEWS"));
    }

    @Test
    void shouldSkipPageChromeAndKeepSubtitleInSeed002() throws IOException {
        Seed seed = Seed.load("002_2955dc23fe5ad522.txt");
        CleanedArticle article = seed.clean();

        assertThat(article.title()).isEqualTo("Putin Wants Trump Back In The Oval Office... Of Course");
        assertThat(article.description()).isEqualTo("He Wouldn't Mind Musk In There Either");
        seed.assertBodyIsEveryLineExcept(article, Set.of("top of page", "Search", article.title(),
                "bottom of page"));
        assertThat(article.text()).startsWith("He Wouldn't Mind Musk In There Either\n\nBefore the KGB");
    }

    @Test
    void shouldDropCountersCreditAndShareLineInSeed003() throws IOException {
        Seed seed = Seed.load("003_b966c93707d68b13.txt");
        CleanedArticle article = seed.clean();

        assertThat(article.title()).isEqualTo(
                "Trump Just Made An Unexpected Offer To Putin, Receives Stunning Response From The Kremlin");
        assertThat(article.provenance()).containsEntry("title", "text:line-1");
        seed.assertBodyIsEveryLineExcept(article, Set.of(article.title(), "583 points",
                "Featured image via screen capture", "Like it? Share with your friends!"));
        assertThat(article.text()).doesNotContain("points");
    }

    @Test
    void shouldDropAltTextEchoingHeadingAndKeepSubheadingsInSeed004() throws IOException {
        Seed seed = Seed.load("004_da181a9541637482.txt");
        CleanedArticle article = seed.clean();

        assertThat(article.title()).isEqualTo("Trump met with Putin in Japan. Putin invited him to the Victory Parade.");
        assertThat(article.text()).contains("\n\nTrump and the parades\n\nIt is known", "\n\nThird talks\n\n")
                .doesNotContain("trump parades", "Osaka.trump", "meeting 2019");
        assertThat(article.text()).startsWith("Russian and U.S. Presidents Vladimir Putin and Donald Trump held a "
                + "bilateral meeting on the sidelines of the G20 summit in Osaka.\n\n");
        seed.assertBodyIsEveryLineExcept(article, Set.of(article.title(), "trump parades"));
    }

    private record Seed(String name, String content) {
        static Seed load(String name) throws IOException {
            try (InputStream in = SeedPagesTest.class.getResourceAsStream("/seeds/" + name)) {
                assertThat(in).as("fixture seeds/%s", name).isNotNull();
                return new Seed(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        CleanedArticle clean() {
            RawArticle raw = RawArticle.of(name, Source.file("seeds/" + name), ContentFormat.TEXT, content,
                    Instant.EPOCH);
            CleanResult result = ArticleCleaners.standard().clean(raw);
            assertThat(result).isInstanceOf(CleanResult.Cleaned.class);
            return ((CleanResult.Cleaned) result).article();
        }

        /**
         * The body is exactly the page's non-blank lines, in order, less the {@code dropped} ones, with the alt
         * text glued to seed 004's first paragraph cut off.
         */
        void assertBodyIsEveryLineExcept(CleanedArticle article, Set<String> dropped) {
            List<String> expected = Arrays.stream(content.split("\n")).map(String::strip)
                    .map(l -> l.replace('\u00A0', ' ').replaceAll(" +", " "))
                    .filter(l -> !l.isEmpty() && !dropped.contains(l)).toList();
            List<String> paragraphs = List.of(article.text().split("\n\n"));
            assertThat(paragraphs).containsExactlyElementsOf(expected.stream()
                    .map(l -> l.endsWith("meeting 2019") ? l.substring(0, l.indexOf("Osaka.") + 6) : l).toList());
            assertThat(dropped).allSatisfy(line -> assertThat(paragraphs).doesNotContain(line));
        }
    }
}
