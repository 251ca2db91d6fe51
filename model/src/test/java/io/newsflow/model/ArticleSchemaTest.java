package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.kafka.Json;
import io.newsflow.model.kafka.JsonSerde;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleSchemaTest {
    @Test
    void shouldDescribeExactlyTheFieldsOfTheArticleRecord() throws Exception {
        JsonNode schema = schema();
        Set<String> documented = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(documented::add);

        Set<String> fields = new HashSet<>(Arrays.stream(Article.class.getRecordComponents())
                .map(RecordComponent::getName).toList());

        assertThat(documented).isEqualTo(fields);
    }

    @Test
    void shouldWriteEveryRequiredFieldAndLeaveEmptyOnesOut() throws Exception {
        Article article = Article.builder("a1", Source.file("seeds/a.txt"))
                .title("A title").text("Some text here.").ingestedAt(Instant.parse("2026-01-02T03:04:05Z"))
                .categories(Map.of("world", 1.0)).entities(List.of()).build();

        JsonNode json = Json.mapper().readTree(JsonSerde.of(Article.class).toBytes(article));

        schema().path("required").forEach(name -> assertThat(json.has(name.asText())).as(name.asText()).isTrue());
        assertThat(json.has("entities")).isFalse();
        assertThat(json.path("ingestedAt").asText()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(json.path("source").path("kind").asText()).isEqualTo("file");
        assertThat(json.path("wordCount").asInt()).isEqualTo(3);
    }

    @Test
    void shouldReadBackWhatItWrites() {
        JsonSerde<Article> serde = JsonSerde.of(Article.class);
        Article article = Article.builder("a1", Source.fileLine("feed.jsonl", 3)).text("Body text.")
                .entities(List.of(new Entity("Donald Trump", EntityType.PERSON, 2, List.of("Trump"))))
                .build();

        assertThat(serde.fromBytes(serde.toBytes(article))).isEqualTo(article);
    }

    private static JsonNode schema() throws Exception {
        try (InputStream in = ArticleSchemaTest.class.getResourceAsStream("/schema/article.schema.json")) {
            return Json.mapper().readTree(in);
        }
    }
}
