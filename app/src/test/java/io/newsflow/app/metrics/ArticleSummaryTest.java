package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.kafka.Json;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ArticleSummaryTest {
    @Test
    void shouldTagWithTopicsThenMainEntitiesThenBestKeywords() throws IOException {
        ArticleSummary summary = ArticleSummary.of(Json.mapper().readTree(fixture("article.json")));

        assertThat(summary.title()).isEqualTo("Central bank raises rates");
        assertThat(summary.category()).isEqualTo("business");
        assertThat(summary.tags()).containsExactly("rates-watch", "European Central Bank", "Christine Lagarde",
                "Frankfurt", "Eurozone", "rates", "inflation", "quarter point", "deposit rate");
        assertThat(summary.url()).isEqualTo("https://example.org/rates");
        assertThat(summary.source()).isEqualTo("feeds/econ.jsonl:12");
    }

    @Test
    void shouldShowAnArticleWithoutOptionalFields() throws IOException {
        ArticleSummary summary = ArticleSummary.of(Json.mapper().readTree(
                "{\"id\":\"x\",\"text\":\"t\",\"source\":{\"kind\":\"page\",\"url\":\"https://example.org/p\"}}"));

        assertThat(summary.title()).isEmpty();
        assertThat(summary.tags()).isEmpty();
        assertThat(summary.url()).isNull();
        assertThat(summary.source()).isEqualTo("https://example.org/p");
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ArticleSummaryTest.class.getResourceAsStream("/status/" + name)) {
            return in.readAllBytes();
        }
    }
}
