package io.newsflow.processing.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.config.ProcessingSettings;
import io.newsflow.model.kafka.JsonSerde;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.model.kafka.Topics;
import io.newsflow.processing.StreamsSettings;
import io.newsflow.processing.dedup.near.Fixtures;
import io.newsflow.processing.dedup.near.NearDuplicates;
import io.newsflow.processing.dedup.near.NearSerdes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What near-duplicate detection keeps, measured on the whole topology in a TopologyTestDriver: the bytes its
 * stores hold per article (every live entry: key, 8-byte window time, 4-byte sequence number, value). A count
 * of bytes, not a timing: speed is measured by {@code newsflow bench pipeline}, never by a unit test. See
 * {@code dedup/near/NEAR.md}.
 */
class NearDuplicateCostTest {
    private static final Logger LOG = LoggerFactory.getLogger(NearDuplicateCostTest.class);
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final int ARTICLES = 2000;
    private static final int WORDS = 400;
    private static final Map<String, Serde<?>[]> NEAR_STORES = new LinkedHashMap<>();

    static {
        NEAR_STORES.put(PipelineTopology.NEAR_BAND_STORE, new Serde<?>[] {Serdes.Long(), NearSerdes.ID});
        NEAR_STORES.put(PipelineTopology.NEAR_REGISTRY_STORE, new Serde<?>[] {Serdes.String(), NearSerdes.PROBE});
        NEAR_STORES.put(PipelineTopology.NEAR_VERDICT_STORE, new Serde<?>[] {Serdes.String(), NearSerdes.GATHERING});
        NEAR_STORES.put(PipelineTopology.NEAR_HELD_STORE, new Serde<?>[] {Serdes.String(), Serdes.ByteArray()});
        NEAR_STORES.put(PipelineTopology.NEAR_DECISION_STORE, new Serde<?>[] {Serdes.String(), NearSerdes.MESSAGE});
    }

    @TempDir
    Path stateDir;

    @Test
    void shouldKeepAboutAKilobyteAndAHalfOfStatePerArticle() {
        try (TopologyTestDriver driver = driver(withNear(true))) {
            pipe(driver, ARTICLES, 0);
            long total = 0;
            StringBuilder perStore = new StringBuilder();
            for (Map.Entry<String, Serde<?>[]> store : NEAR_STORES.entrySet()) {
                long bytes = storeBytes(driver.getWindowStore(store.getKey()), store.getValue()[0], store.getValue()[1]);
                total += bytes;
                perStore.append(String.format(" %s %.0f", store.getKey(), (double) bytes / ARTICLES));
            }
            double perArticle = (double) total / ARTICLES;
            LOG.info("near-duplicate state: {} bytes per article ({}), {} GB per million articles",
                    String.format("%.0f", perArticle), perStore.toString().trim(), String.format("%.2f", perArticle / 1e3));
            assertThat(perArticle).isLessThan(2048);
        }
    }

    private static ProcessingSettings withNear(boolean near) {
        return new ProcessingSettings(Duration.ofDays(7), 1, 0, 10, 0.6, 128, 32, near ? 40 : Integer.MAX_VALUE, 4,
                ProcessingSettings.DEFAULT_STATE_MEMORY_BYTES);
    }

    private TopologyTestDriver driver(ProcessingSettings settings) {
        PipelineParts parts = new PipelineParts(new FirstLineCleaner(), new FixedTagger(),
                Clock.fixed(T0, ZoneOffset.UTC));
        Properties props = StreamsSettings.of(NewsflowConfig.DEFAULT, "unused:9092");
        props.put("state.dir", stateDir.resolve(String.valueOf(System.nanoTime())).toString());
        return new TopologyTestDriver(PipelineTopology.build(TopicNames.DEFAULT, settings, parts), props);
    }

    /** Distinct articles of random words from the fixtures' vocabulary, one second apart. */
    private static void pipe(TopologyTestDriver driver, int count, int firstId) {
        Topics topics = new Topics(TopicNames.DEFAULT);
        TestInputTopic<String, byte[]> in = driver.createInputTopic(topics.raw().name(), new StringSerializer(),
                new ByteArraySerializer());
        String[] vocabulary = vocabulary();
        JsonSerde<RawArticle> raw = JsonSerde.of(RawArticle.class);
        Random random = new Random(firstId + 5);
        for (int i = firstId; i < firstId + count; i++) {
            String text = text(vocabulary, random, i);
            String id = new java.util.UUID(0x0190_0000_0000_7000L | i, 0x8000_0000_0000_0000L | i).toString();
            RawArticle article = RawArticle.of(id, Source.file("wire/2026-11-21/" + i + ".txt"), ContentFormat.TEXT,
                    text, T0);
            in.pipeInput(article.id(), raw.toBytes(article), T0.plusSeconds(i));
        }
    }

    private static String[] vocabulary() {
        return (Fixtures.text("bridge.txt") + " " + Fixtures.text("bridge-other-article.txt")).split("\\s+");
    }

    private static String text(String[] vocabulary, Random random, int i) {
        StringBuilder text = new StringBuilder("Headline " + i + "\n");
        for (int w = 0; w < WORDS; w++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static <K, V> long storeBytes(WindowStore<K, V> store, Serde<?> keys, Serde<?> values) {
        long bytes = 0;
        try (KeyValueIterator<Windowed<K>, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<Windowed<K>, V> entry = all.next();
                bytes += ((Serde<K>) keys).serializer().serialize("", entry.key.key()).length + 8 + 4
                        + ((Serde<V>) values).serializer().serialize("", entry.value).length;
            }
        }
        return bytes;
    }
}
