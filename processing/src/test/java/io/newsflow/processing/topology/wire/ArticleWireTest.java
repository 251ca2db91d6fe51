package io.newsflow.processing.topology.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.Article;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import io.newsflow.model.Keyword;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import io.newsflow.model.SourceKind;
import io.newsflow.model.TopicMatch;
import io.newsflow.model.kafka.JsonSerde;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class ArticleWireTest {
    private static final Instant INGESTED = Instant.parse("2026-03-01T10:15:30.123456789Z");

    @Test
    void shouldRoundTripEveryFieldOfATaggedArticle() {
        Article article = Article.builder("0190a3c2-7b1e-7c3d-8e4f-123456789abc",
                        new Source(SourceKind.FILE, "wire/a.jsonl", 12, "https://a.example/x"))
                .version(3).url("https://a.example/x?utm_source=x").canonicalUrl("https://a.example/x")
                .title("Zürich “talks”").text("First paragraph — with ünïcode.\n\nSecond \"quoted\" one.")
                .language("en").publishedAt("2026-02-28").modifiedAt("2026-03-01T09:00:00Z")
                .authors(List.of("Ann Lee", "Bo Li")).siteName("A News").description("About").imageUrl("https://i/x")
                .category("world").categories(Map.of("world", 0.75, "business", 0.25))
                .topics(List.of(new TopicMatch("swiss", List.of("zürich"))))
                .entities(List.of(new Entity("Zürich", EntityType.LOCATION, 2, List.of("Zürich"))))
                .keywords(List.of(new Keyword("talks", 1.5))).fingerprint("abc")
                .provenance(Map.of("title", "html:h1")).ingestedAt(INGESTED).processedAt(INGESTED.plusSeconds(1))
                .build();

        Article back = read(write(article));

        assertThat(back).isEqualTo(article);
    }

    @Test
    void shouldRoundTripAnArticleWithOnlyItsRequiredFields() {
        Article article = Article.builder("a1", Source.file("a.txt")).text("").build();

        assertThat(read(write(article))).isEqualTo(article);
    }

    @Test
    void shouldBeSmallerThanJsonForTheSameArticle() {
        Article article = Article.builder("0190a3c2-7b1e-7c3d-8e4f-123456789abc", Source.file("a.txt"))
                .title("A \"quoted\" title").text("Line one.\n\nLine “two”.".repeat(50)).ingestedAt(INGESTED)
                .build();

        assertThat(write(article).length)
                .isLessThan(JsonSerde.of(Article.class).toBytes(article).length);
    }

    @Test
    void shouldStillReadAnArticleAnEarlierVersionWroteAsJson() {
        Article article = Article.builder("a1", Source.file("a.txt")).title("T").text("Some text.")
                .ingestedAt(INGESTED).build();

        assertThat(read(JsonSerde.of(Article.class).toBytes(article))).isEqualTo(article);
    }

    @Test
    void shouldRoundTripARawRecord() {
        RawArticle raw = new RawArticle("r1", Source.web(SourceKind.PAGE, "https://a.example/x"), ContentFormat.HTML,
                "<html><body><p>Grüße</p></body></html>", "https://a.example/x", "Title", "2026-03-01",
                List.of("Ann Lee"), Map.of("etag", "\"x\""), INGESTED);

        byte[] bytes = RawArticleWire.SERDE.serializer().serialize("t", raw);

        assertThat(RawArticleWire.SERDE.deserializer().deserialize("t", bytes)).isEqualTo(raw);
    }

    @Test
    void shouldRefuseATruncatedRecordWithAClearError() {
        byte[] bytes = write(Article.builder("a1", Source.file("a.txt")).text("text").build());

        assertThatThrownBy(() -> read(Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("truncated");
    }

    private static byte[] write(Article article) {
        return ArticleWire.SERDE.serializer().serialize("t", article);
    }

    private static Article read(byte[] bytes) {
        return ArticleWire.SERDE.deserializer().deserialize("t", bytes);
    }
}
