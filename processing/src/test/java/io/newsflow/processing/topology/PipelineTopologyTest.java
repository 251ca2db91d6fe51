package io.newsflow.processing.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Article;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.DedupMethod;
import io.newsflow.model.Duplicate;
import io.newsflow.model.RawArticle;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Rejected;
import io.newsflow.model.Source;
import io.newsflow.model.SourceKind;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.config.ProcessingSettings;
import io.newsflow.model.kafka.JsonSerde;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.model.kafka.Topics;
import io.newsflow.processing.StreamsSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTopologyTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final String STORY = """
            Putin invites Trump to the parade
            Russian President Vladimir Putin invited Donald Trump to the Victory Parade in Moscow, the Kremlin said.
            The invitation came during a phone call on Tuesday, according to aide Yuri Ushakov.
            “We discussed issues of strategic stability,” Lavrov said, adding that the talks included Syria.
            """;
    private static final JsonSerde<RawArticle> RAW = JsonSerde.of(RawArticle.class);

    @TempDir
    Path stateDir;

    private final Topics topics = new Topics(TopicNames.DEFAULT);
    private TopologyTestDriver driver;
    private String applicationId;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, Duplicate> duplicates;
    private TestOutputTopic<String, Rejected> rejected;

    @BeforeEach
    void startDriver() {
        ProcessingSettings settings = new ProcessingSettings(Duration.ofDays(7), 1, 0, 10);
        PipelineParts parts = new PipelineParts(new FirstLineCleaner(), new FixedTagger(),
                Clock.fixed(T0, ZoneOffset.UTC));
        NewsflowConfig config = NewsflowConfig.DEFAULT;
        Properties props = StreamsSettings.of(config, "unused:9092");
        props.put("state.dir", stateDir.toString());
        applicationId = props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        driver = new TopologyTestDriver(PipelineTopology.build(TopicNames.DEFAULT, settings, parts), props);
        raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic(topics.articles().name(), topics.articles().keySerde().deserializer(),
                topics.articles().valueSerde().deserializer());
        duplicates = driver.createOutputTopic(topics.duplicates().name(),
                topics.duplicates().keySerde().deserializer(), topics.duplicates().valueSerde().deserializer());
        rejected = driver.createOutputTopic(topics.rejected().name(), topics.rejected().keySerde().deserializer(),
                topics.rejected().valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldEmitACleanTaggedArticleKeyedById() {
        send(text("a1", "seeds/a.txt", STORY), T0);

        List<Article> out = articles.readValuesToList();
        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("a1");
            assertThat(a.title()).isEqualTo("Putin invites Trump to the parade");
            assertThat(a.text()).startsWith("Russian President Vladimir Putin").doesNotContain("Putin invites");
            assertThat(a.category()).isEqualTo("world");
            assertThat(a.fingerprint()).hasSize(32);
            assertThat(a.version()).isEqualTo(1);
            assertThat(a.source().path()).isEqualTo("seeds/a.txt");
            assertThat(a.processedAt()).isEqualTo(T0);
        });
    }

    @Test
    void shouldSendAReplayedCopyToDuplicatesNamingTheKeptArticle() {
        send(text("a1", "seeds/a.txt", STORY), T0);
        send(text("a2", "seeds/a.txt", STORY), T0.plusSeconds(60));

        assertThat(articles.readValuesToList()).extracting(Article::id).containsExactly("a1");
        assertThat(duplicates.readKeyValuesToList()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("a2");
            assertThat(kv.value.duplicateOf().id()).isEqualTo("a1");
            assertThat(kv.value.duplicateOf().source().path()).isEqualTo("seeds/a.txt");
            assertThat(kv.value.method()).isEqualTo(DedupMethod.EXACT_TEXT);
            assertThat(kv.value.similarity()).isEqualTo(1.0);
        });
    }

    @Test
    void shouldTreatARewrappedCopyWithStraightQuotesAsADuplicate() {
        String rewrapped = STORY.replace("“", "\"").replace("”", "\"").replace(" in Moscow, ", "\nin   Moscow,\n   ");
        send(text("a1", "a.txt", STORY), T0);
        send(text("a2", "b.txt", rewrapped), T0.plusSeconds(1));

        assertThat(articles.readValuesToList()).hasSize(1);
        assertThat(duplicates.readValuesToList()).extracting(d -> d.duplicateOf().id()).containsExactly("a1");
    }

    @Test
    void shouldFindTheSameBodyUnderAnotherTemplateAsAnExactTextDuplicate() {
        send(text("a1", "a.txt", STORY), T0);
        send(text("a2", "b.txt", "Another headline entirely\n" + STORY.substring(STORY.indexOf('\n') + 1)), T0);

        assertThat(articles.readValuesToList()).hasSize(1);
        assertThat(duplicates.readValuesToList()).singleElement()
                .satisfies(d -> assertThat(d.article().title()).isEqualTo("Another headline entirely"));
    }

    @Test
    void shouldEmitChangedTextUnderTheSameUrlAsTheNextVersion() {
        String url = "https://news.example/a?utm_source=x#top";
        send(text("a1", "a.txt", STORY).withDeclared(url, null, null, null), T0);
        send(text("a2", "b.txt", STORY + "Correction: the call was on Monday, not Tuesday.\n")
                .withDeclared("https://NEWS.example/a", null, null, null), T0.plusSeconds(5));

        List<Article> out = articles.readValuesToList();
        assertThat(out).extracting(Article::version).containsExactly(1, 2);
        assertThat(out).extracting(Article::canonicalUrl).containsOnly("https://news.example/a");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void shouldRejectARecordThatIsNotARawArticle() {
        raw.pipeInput("k1", "{not json".getBytes(StandardCharsets.UTF_8), T0);

        assertThat(rejected.readValuesToList()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("k1");
            assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_RAW_RECORD);
            assertThat(r.source().kind()).isEqualTo(SourceKind.TOPIC);
            assertThat(r.input().data()).isEqualTo("{not json");
        });
    }

    @Test
    void shouldRejectTooShortAnArticleEachTimeItComes() {
        send(text("s1", "short.txt", "A title\nToo short to be news.\n"), T0);
        send(text("s2", "short.txt", "A title\nToo short to be news.\n"), T0);

        assertThat(rejected.readValuesToList()).extracting(Rejected::reason)
                .containsExactly(RejectReason.NO_ARTICLE_TEXT, RejectReason.NO_ARTICLE_TEXT);
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void shouldSendARecordThatBreaksAStepToTheDeadLetterTopicAndGoOn() {
        send(text("x1", "x.txt", "This title will explode\n" + STORY.substring(STORY.indexOf('\n') + 1)), T0);
        send(text("a2", "b.txt", "Other story\nThe central bank raised interest rates by a quarter point on "
                + "Wednesday, its third increase this year, citing persistent inflation.\n"), T0);

        assertThat(rejected.readValuesToList()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.UNPROCESSABLE);
            assertThat(r.detail()).contains("tagger bug on purpose");
        });
        assertThat(articles.readValuesToList()).extracting(Article::id).containsExactly("a2");
    }

    @Test
    void shouldKeepDocumentFrequenciesAcrossArticles() {
        send(text("a1", "a.txt", STORY), T0);
        send(text("a2", "b.txt", "Other story\nPutin spoke about the economy at a forum in Vladivostok on Tuesday, "
                + "praising exports.\n"), T0);

        List<Article> out = articles.readValuesToList();
        assertThat(out.get(1).keywords()).singleElement().satisfies(k -> {
            assertThat(k.term()).isEqualTo("docs-1");
            assertThat(k.score()).isEqualTo(1.0);
        });
    }

    @Test
    void shouldAccountForEveryInputRecordExactlyOnce() {
        send(text("a1", "a.txt", STORY), T0);
        send(text("a2", "a.txt", STORY), T0);
        raw.pipeInput("bad", new byte[] {0, 1, 2}, T0);
        send(text("s1", "s.txt", "Title only\n"), T0);

        long out = articles.getQueueSize() + duplicates.getQueueSize() + rejected.getQueueSize();
        assertThat(out).isEqualTo(4);
        assertThat(articles.getQueueSize()).isEqualTo(1);
        assertThat(duplicates.getQueueSize()).isEqualTo(1);
        assertThat(rejected.getQueueSize()).isEqualTo(2);
    }

    @Test
    void shouldWriteTheTermCountsOfASlowStreamWithinASecond() {
        send(text("a1", "seeds/a.txt", STORY), T0);
        send(text("b1", "seeds/b.txt", "Harbour storm\nA storm closed the harbour of the town on Monday, the "
                + "port authority said, and ferries stayed in port until the wind dropped in the evening."), T0);
        TestOutputTopic<String, Long> changelog = driver.createOutputTopic(
                applicationId + "-" + PipelineTopology.TERMS_STORE + "-changelog", new StringDeserializer(),
                new LongDeserializer());
        assertThat(changelog.isEmpty()).as("fewer articles than a batch: nothing written yet").isTrue();

        driver.advanceWallClockTime(TaggingProcessor.WRITE_EVERY);

        assertThat(changelog.readKeyValuesToMap()).containsEntry("", 2L).containsEntry("putin", 1L)
                .containsEntry("harbour", 1L);
    }

    private void send(RawArticle article, Instant at) {
        raw.pipeInput(article.id(), RAW.toBytes(article), at);
    }

    private static RawArticle text(String id, String path, String content) {
        return RawArticle.of(id, Source.file(path), ContentFormat.TEXT, content, T0);
    }
}
