package io.newsflow.processing.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Article;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.DedupMethod;
import io.newsflow.model.Duplicate;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.config.ProcessingSettings;
import io.newsflow.model.kafka.JsonSerde;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.model.kafka.Topics;
import io.newsflow.processing.StreamsSettings;
import io.newsflow.processing.dedup.near.Fixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The near-duplicate stage of the topology (the first line of each input is its title). */
class NearDuplicateTopologyTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final String BODY = Fixtures.text("bridge.txt");
    private static final String OTHER_ARTICLE = Fixtures.text("bridge-other-article.txt");
    private static final JsonSerde<RawArticle> RAW = JsonSerde.of(RawArticle.class);

    @TempDir
    Path stateDir;

    private final Topics topics = new Topics(TopicNames.DEFAULT);
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, Article> articles;
    private TestOutputTopic<String, Duplicate> duplicates;

    @BeforeEach
    void startDriver() {
        PipelineParts parts = new PipelineParts(new FirstLineCleaner(), new FixedTagger(),
                Clock.fixed(T0, ZoneOffset.UTC));
        Properties props = StreamsSettings.of(NewsflowConfig.DEFAULT, "unused:9092");
        props.put("state.dir", stateDir.toString());
        driver = new TopologyTestDriver(PipelineTopology.build(TopicNames.DEFAULT,
                new ProcessingSettings(Duration.ofDays(7), 1, 0, 10), parts), props);
        raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic(topics.articles().name(), topics.articles().keySerde().deserializer(),
                topics.articles().valueSerde().deserializer());
        duplicates = driver.createOutputTopic(topics.duplicates().name(),
                topics.duplicates().keySerde().deserializer(), topics.duplicates().valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldSendAnEditedCopyToDuplicatesAsANearDuplicateOfTheFirst() {
        send("a1", "wire/bridge.txt", null, "Old Mill Bridge to close\n" + BODY, T0);
        send("a2", "herald/bridge.txt", null, "Bridge shut for 18 months\n" + edited(BODY), T0.plusSeconds(30));

        assertThat(articles.readValuesToList()).extracting(Article::id).containsExactly("a1");
        assertThat(duplicates.readKeyValuesToList()).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("a2");
            assertThat(kv.value.method()).isEqualTo(DedupMethod.NEAR_TEXT);
            assertThat(kv.value.duplicateOf().id()).isEqualTo("a1");
            assertThat(kv.value.duplicateOf().source().path()).isEqualTo("wire/bridge.txt");
            assertThat(kv.value.similarity()).isBetween(0.6, 1.0);
            assertThat(kv.value.article().title()).isEqualTo("Bridge shut for 18 months");
        });
    }

    @Test
    void shouldKeepTwoArticlesOnTheSameStory() {
        send("a1", "a.txt", null, "Bridge to close\n" + BODY, T0);
        send("a2", "b.txt", null, "Anger over bridge\n" + OTHER_ARTICLE, T0.plusSeconds(30));

        assertThat(articles.readValuesToList()).extracting(Article::id).containsExactly("a1", "a2");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepShortTextsApart() {
        send("s1", "a.txt", null, "Arrest\nPolice arrested a man in Leeds on Tuesday after a stabbing outside a "
                + "nightclub in the city centre, a spokesperson said.", T0);
        send("s2", "b.txt", null, "Arrest\nPolice arrested a man in York on Tuesday after a stabbing outside a "
                + "nightclub in the city centre, a spokesperson said.", T0.plusSeconds(1));

        assertThat(articles.readValuesToList()).extracting(Article::id).containsExactly("s1", "s2");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepTemplatedNoticesWithOtherNamesAndNumbersApart() {
        send("n1", "a.txt", null, "Results\n" + notice("Acme Holdings", "Maria Lopez", 412, 7, 88), T0);
        send("n2", "b.txt", null, "Results\n" + notice("Granite Bank", "James Okafor", 97, 12, 31), T0.plusSeconds(1));

        assertThat(articles.readValuesToList()).extracting(Article::id).containsExactly("n1", "n2");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void shouldEmitAnEditOfTheSameUrlAsTheNextVersionNotAsANearDuplicate() {
        String url = "https://news.example/bridge";
        send("v1", "a.txt", url + "?utm_source=x", "Bridge to close\n" + BODY, T0);
        send("v2", "b.txt", url, "Bridge to close\n" + edited(BODY), T0.plusSeconds(60));

        assertThat(articles.readValuesToList()).extracting(Article::id, Article::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("v1", 1), org.assertj.core.groups.Tuple.tuple("v2", 2));
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepExactlyOneOfTwoNearDuplicatesWhenTheLaterOneIsProcessedFirst() {
        send("late", "b.txt", null, "Copy\n" + edited(BODY), T0.plusSeconds(5));
        send("early", "a.txt", null, "Original\n" + BODY, T0);

        List<Article> kept = articles.readValuesToList();
        List<Duplicate> dropped = duplicates.readValuesToList();
        assertThat(kept).hasSize(1);
        assertThat(dropped).singleElement().satisfies(d -> {
            assertThat(d.duplicateOf().id()).isEqualTo(kept.get(0).id());
            assertThat(d.method()).isEqualTo(DedupMethod.NEAR_TEXT);
        });
    }

    @Test
    void shouldKeepExactlyOneOfThreeNearDuplicatesWithTheSameTime() {
        send("c3", "c.txt", null, "Three\n" + edited(BODY), T0);
        send("c1", "a.txt", null, "One\n" + BODY, T0);
        send("c2", "b.txt", null, "Two\n" + BODY.replace("Tuesday night", "Tuesday evening"), T0);

        assertThat(articles.readValuesToList()).hasSize(1);
        assertThat(duplicates.readValuesToList()).hasSize(2);
    }

    /** A copy with a site's boilerplate, a correction and a few typos. */
    static String edited(String body) {
        return "Share this article\n\n" + body.replace("engineers", "enigneers").replace("pedestrians", "pedestrains")
                + "\n\nCorrection: an earlier version of this story gave the wrong month for the inspection.";
    }

    private static String notice(String company, String ceo, int revenue, int growth, int cents) {
        return String.format("%s reported results for the third quarter on Tuesday, with revenue of $%d million, up "
                + "%d percent from the same period a year earlier. Net income was $%d million, or %d cents per diluted "
                + "share. \"We delivered another quarter of solid execution,\" said %s, chief executive of %s. \"Our "
                + "teams continued to focus on customers, and we enter the next quarter with momentum.\" The company "
                + "will host a conference call for investors at %d p.m. Eastern time today to discuss the results.",
                company, revenue, growth, revenue / 9, cents, ceo, company, growth % 5 + 1);
    }

    private void send(String id, String path, String url, String content, Instant at) {
        RawArticle article = RawArticle.of(id, Source.file(path), ContentFormat.TEXT, content, T0);
        if (url != null) {
            article = article.withDeclared(url, null, null, null);
        }
        raw.pipeInput(id, RAW.toBytes(article), at);
    }
}
