package io.newsflow.processing.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Source;
import io.newsflow.processing.clean.ArticleCleaners;
import io.newsflow.processing.clean.CleanResult;
import io.newsflow.processing.clean.CleanedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlPageCleaningTest {
    private static final String URL = "https://gazette.example/news/2024/05/17/harbour-bridge-reopens?utm_source=x";

    @Test
    void shouldKeepExactlyTheArticleTextOfANewsPageWithChrome() throws IOException {
        CleanedArticle article = cleanFixture("news-with-chrome.html");

        assertThat(article.text()).isEqualTo(fixture("news-with-chrome.expected.txt").strip());
    }

    @Test
    void shouldDropCookieBannerShareBarRelatedLinksAndComments() throws IOException {
        String text = cleanFixture("news-with-chrome.html").text();

        assertThat(text).doesNotContain("cookies", "Share on", "Related stories", "Ferry operators extend",
                "Finally!", "Sign up", "Most read", "All rights reserved", "Photo:", "Maria Lopez",
                "Harbour Bridge Reopens");
    }

    @Test
    void shouldReadMetadataWithProvenance() throws IOException {
        CleanedArticle article = cleanFixture("news-with-chrome.html");

        assertThat(article.title()).isEqualTo("Harbour Bridge Reopens After Two-Year Repair");
        assertThat(article.publishedAt()).isEqualTo("2024-05-17T08:30:00+02:00");
        assertThat(article.modifiedAt()).isEqualTo("2024-05-18T10:00:00+02:00");
        assertThat(article.authors()).containsExactly("Maria Lopez", "Tom Becker");
        assertThat(article.siteName()).isEqualTo("The Coastal Gazette");
        assertThat(article.canonicalUrl()).isEqualTo("https://gazette.example/news/2024/05/17/harbour-bridge-reopens");
        assertThat(article.imageUrl()).isEqualTo("https://gazette.example/img/bridge.jpg");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.provenance()).containsEntry("title", "meta:og:title")
                .containsEntry("publishedAt", "json-ld").containsEntry("authors", "json-ld")
                .containsEntry("canonicalUrl", "link:canonical").containsEntry("language", "detector");
    }

    @Test
    void shouldFallBackToTitleTagWithoutSiteNameAndDateFromUrl() {
        String html = "<html><head><title>Council votes to widen the coastal road - Town Crier</title></head>"
                + "<body><p>The council voted on Tuesday to widen the coastal road, after a year of debate about "
                + "traffic, parking and the safety of cyclists on the narrow stretch near the harbour.</p></body></html>";

        CleanedArticle article = clean(html, "https://crier.example/2023/11/02/coastal-road");

        assertThat(article.title()).isEqualTo("Council votes to widen the coastal road");
        assertThat(article.publishedAt()).isEqualTo("2023-11-02");
        assertThat(article.provenance()).containsEntry("title", "title").containsEntry("publishedAt", "url");
    }

    @Test
    void shouldNormaliseEntitiesZeroWidthAndSpaces() {
        String html = "<html><body><article><p>Caf&eacute;\u200B owners&nbsp;&nbsp; say   the new rules "
                + "&amp; fees will hurt the small businesses that line the old market square this summer.</p>"
                + "</article></body></html>";

        assertThat(clean(html, null).text()).isEqualTo("Café owners say the new rules & fees will hurt the small "
                + "businesses that line the old market square this summer.");
    }

    @Test
    void shouldRejectPageWithoutText() {
        CleanResult result = ArticleCleaners.standard().clean(raw(
                "<html><head><script>var a = 1;</script></head><body><script>track()</script></body></html>", null));

        assertThat(result).isInstanceOfSatisfying(CleanResult.Unusable.class,
                u -> assertThat(u.reason()).isEqualTo(RejectReason.NO_ARTICLE_TEXT));
    }

    static CleanedArticle cleanFixture(String name) throws IOException {
        return clean(fixture(name), URL);
    }

    static CleanedArticle clean(String html, String url) {
        CleanResult result = ArticleCleaners.standard().clean(raw(html, url));
        assertThat(result).isInstanceOf(CleanResult.Cleaned.class);
        return ((CleanResult.Cleaned) result).article();
    }

    static RawArticle raw(String html, String url) {
        return RawArticle.of("page-1", Source.file("page.html"), ContentFormat.HTML, html, Instant.EPOCH)
                .withDeclared(url, null, null, null);
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlPageCleaningTest.class.getResourceAsStream("/html/" + name)) {
            assertThat(in).as("fixture html/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
