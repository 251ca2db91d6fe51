package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsflow.model.kafka.Json;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The maps of the public records go out in key order: {@code Map.copyOf} iterates in an order the JDK salts anew in
 * each JVM, and the same record must be the same bytes whichever process writes it. With eight keys, the chance
 * that a salted order happens to be the sorted one is about 1 in 40,000.
 */
class MapOrderTest {
    private static final Map<String, String> EIGHT = Map.of("title", "h1", "text", "html:article", "language",
            "detector", "publishedAt", "json-ld", "authors", "meta", "siteName", "og", "description", "meta",
            "imageUrl", "og");
    private static final String SORTED = "{\"authors\":\"meta\",\"description\":\"meta\",\"imageUrl\":\"og\","
            + "\"language\":\"detector\",\"publishedAt\":\"json-ld\",\"siteName\":\"og\",\"text\":\"html:article\","
            + "\"title\":\"h1\"}";

    @Test
    void shouldWriteAnArticlesProvenanceAndCategoriesInKeyOrder() throws JsonProcessingException {
        Map<String, Double> categories = Map.of("world", 0.9, "politics", 0.05, "business", 0.02, "sport", 0.01,
                "science", 0.01, "entertainment", 0.005, "health", 0.003, "travel", 0.002);
        Article article = Article.builder("a", Source.file("a.txt")).text("text").categories(categories)
                .provenance(EIGHT).ingestedAt(Instant.EPOCH).build();

        String json = Json.mapper().writeValueAsString(article);

        assertThat(json).contains("\"provenance\":" + SORTED).contains("\"categories\":{\"business\":0.02,"
                + "\"entertainment\":0.005,\"health\":0.003,\"politics\":0.05,\"science\":0.01,\"sport\":0.01,"
                + "\"travel\":0.002,\"world\":0.9}");
    }

    @Test
    void shouldWriteARawRecordsMetadataInKeyOrder() throws JsonProcessingException {
        RawArticle raw = RawArticle.of("r", Source.file("r.html"), ContentFormat.HTML, "<p>x</p>", Instant.EPOCH)
                .withMetadata(EIGHT);

        assertThat(Json.mapper().writeValueAsString(raw)).contains("\"metadata\":" + SORTED);
    }

    @Test
    void shouldLeaveOtherMapsInTheirOwnOrder() throws JsonProcessingException {
        Map<String, Integer> stages = new java.util.LinkedHashMap<>();
        stages.put("ingest", 1);
        stages.put("web", 2);
        stages.put("processing", 3);

        assertThat(Json.mapper().writeValueAsString(stages)).isEqualTo("{\"ingest\":1,\"web\":2,\"processing\":3}");
    }
}
