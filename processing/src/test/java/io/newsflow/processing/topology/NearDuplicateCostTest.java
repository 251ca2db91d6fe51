package io.newsflow.processing.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Article;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.config.ProcessingSettings;
import io.newsflow.model.kafka.JsonSerde;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.model.kafka.Topics;
import io.newsflow.processing.StreamsSettings;
import io.newsflow.processing.dedup.near.BandEntry;
import io.newsflow.processing.dedup.near.Fixtures;
import io.newsflow.processing.dedup.near.NearDuplicates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What near-duplicate detection costs: state bytes per article, and articles per second through the topology. */
class NearDuplicateCostTest {
    private static final Logger LOG = LoggerFactory.getLogger(NearDuplicateCostTest.class);
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    @TempDir
    Path stateDir;

    /**
     * Per article the band store holds one entry per band (key, value, 8-byte time, 4-byte sequence number),
     * and the verdict store one decided entry; the decision store holds nothing once decided.
     */
    @Test
    void shouldKeepAFewKilobytesOfStatePerArticle() {
        ProcessingSettings settings = ProcessingSettings.DEFAULT;
        NearDuplicates near = NearDuplicates.of(settings);
        String text = Fixtures.text("bridge.txt") + "\n\n" + Fixtures.text("bridge-other-article.txt");
        Article article = Article.builder("0f6c3a52-6a7e-4c53-9b1e-8f1f2b7d9a10", Source.file("feeds/wire/2026-11-21.jsonl"))
                .url("https://news.example.com/2026/11/21/old-mill-bridge-to-close-for-eighteen-months")
                .canonicalUrl("https://news.example.com/2026/11/21/old-mill-bridge-to-close-for-eighteen-months")
                .text(text).build();
        NearDuplicates.Analysis analysis = near.analyse(text);
        byte[] entry = JsonSerde.of(BandEntry.class).toBytes(BandEntry.of(article, 0, analysis.fingerprint()));
        int bandBytes = 0;
        for (String key : analysis.bandKeys()) {
            bandBytes += key.getBytes(StandardCharsets.UTF_8).length + entry.length + 8 + 4;
        }
        int verdictBytes = article.id().length() + 8 + JsonSerde.of(io.newsflow.processing.dedup.near.Gathering.class)
                .toBytes(new io.newsflow.processing.dedup.near.Gathering(null,
                        new io.newsflow.model.DuplicateOf(article.id(), article.source(), article.url()),
                        near.bands(), near.bands(), 0, null, io.newsflow.processing.dedup.near.Gathering.Status.KEPT))
                .length;
        int perArticle = bandBytes + verdictBytes;

        LOG.info("near-duplicate state: {} bytes per article ({} per band entry x {} bands, {} verdict), "
                + "{} GB per million articles", perArticle, entry.length, near.bands(), verdictBytes,
                String.format("%.1f", perArticle / 1e3));
        assertThat(perArticle).isLessThan(32 * 1024);
    }

    @Test
    void shouldProcessHundredsOfArticlesPerSecond() {
        PipelineParts parts = new PipelineParts(new FirstLineCleaner(), new FixedTagger(),
                Clock.fixed(T0, ZoneOffset.UTC));
        java.util.Properties props = StreamsSettings.of(NewsflowConfig.DEFAULT, "unused:9092");
        props.put("state.dir", stateDir.toString());
        Topics topics = new Topics(TopicNames.DEFAULT);
        String[] vocabulary = (Fixtures.text("bridge.txt") + " " + Fixtures.text("bridge-other-article.txt"))
                .split("\\s+");
        JsonSerde<RawArticle> raw = JsonSerde.of(RawArticle.class);
        int count = 1000;
        try (TopologyTestDriver driver = new TopologyTestDriver(PipelineTopology.build(TopicNames.DEFAULT,
                new ProcessingSettings(Duration.ofDays(7), 1, 0, 10), parts), props)) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(topics.raw().name(), new StringSerializer(),
                    new ByteArraySerializer());
            Random random = new Random(5);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                StringBuilder text = new StringBuilder("Headline " + i + "\n");
                for (int w = 0; w < 400; w++) {
                    text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
                }
                RawArticle article = RawArticle.of("id-" + i, Source.file(i + ".txt"), ContentFormat.TEXT,
                        text.toString(), T0);
                in.pipeInput(article.id(), raw.toBytes(article), T0.plusSeconds(i));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long out = driver.createOutputTopic(topics.articles().name(), topics.articles().keySerde().deserializer(),
                    topics.articles().valueSerde().deserializer()).getQueueSize();
            LOG.info("{} articles of 400 words through the whole topology in {} s: {} articles/s", count,
                    String.format("%.2f", seconds), String.format("%.0f", count / seconds));
            assertThat(out).isEqualTo(count);
            assertThat(count / seconds).isGreaterThan(50);
        }
    }
}
