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
import io.newsflow.testkit.KafkaBroker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-duplicates that arrive on raw partitions owned by two different Kafka Streams instances still meet: the
 * copy of each article is sent to a partition of the other instance.
 */
class NearDuplicateIT {
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final JsonSerde<RawArticle> RAW = JsonSerde.of(RawArticle.class);
    private static final int PARTITIONS = 4;
    @RegisterExtension
    static final KafkaBroker broker = new KafkaBroker();
    @TempDir
    Path stateDir;

    @Test
    void shouldFindNearDuplicatesSentToPartitionsOfTwoDifferentInstances() throws Exception {
        TopicNames names = new TopicNames("near-it.");
        createTopics(names);
        List<KafkaStreams> instances = List.of(instance(names, "one"), instance(names, "two"));
        try {
            instances.forEach(KafkaStreams::start);
            await("both instances own raw partitions", () -> ownedRawPartitions(instances.get(0), names).size() > 0
                    && ownedRawPartitions(instances.get(1), names).size() > 0);
            int onOne = ownedRawPartitions(instances.get(0), names).first();
            int onTwo = ownedRawPartitions(instances.get(1), names).first();
            String body = Fixtures.text("bridge.txt");
            String other = Fixtures.text("bridge-other-article.txt");
            try (KafkaProducer<String, byte[]> producer = producer()) {
                for (int i = 0; i < 5; i++) {
                    String original = variant(body + " " + other, i);
                    send(producer, names, onOne, raw("orig-" + i, "wire/" + i + ".txt", original), T0.plusSeconds(i));
                    send(producer, names, onTwo, raw("copy-" + i, "herald/" + i + ".txt",
                            NearDuplicateTopologyTest.edited(original)), T0.plusSeconds(i).plusMillis(1));
                }
                send(producer, names, onTwo, raw("other", "other.txt", other), T0);
            }

            Map<String, Article> kept = new HashMap<>();
            Map<String, Duplicate> dropped = new HashMap<>();
            Topics topics = new Topics(names);
            try (KafkaConsumer<String, Article> articles = consumer(topics.articles().valueSerde().deserializer());
                 KafkaConsumer<String, Duplicate> duplicates = consumer(topics.duplicates().valueSerde().deserializer())) {
                articles.subscribe(List.of(names.articles()));
                duplicates.subscribe(List.of(names.duplicates()));
                await("6 articles and 5 duplicates", () -> {
                    articles.poll(Duration.ofMillis(200)).forEach(r -> kept.put(r.key(), r.value()));
                    duplicates.poll(Duration.ofMillis(200)).forEach(r -> dropped.put(r.key(), r.value()));
                    return kept.size() + dropped.size() >= 11;
                });
            }
            // Which of a pair is kept depends on which one the pipeline decided first (the earlier one, unless the
            // later one was already kept when the earlier one arrived); exactly one is kept, the other names it.
            assertThat(kept).hasSize(6).containsKey("other");
            assertThat(dropped).hasSize(5);
            for (int i = 0; i < 5; i++) {
                String orig = "orig-" + i;
                String copy = "copy-" + i;
                assertThat(kept.containsKey(orig) ^ kept.containsKey(copy)).as("exactly one of pair " + i).isTrue();
                String keptId = kept.containsKey(orig) ? orig : copy;
                Duplicate duplicate = dropped.get(keptId.equals(orig) ? copy : orig);
                assertThat(duplicate.method()).isEqualTo(DedupMethod.NEAR_TEXT);
                assertThat(duplicate.duplicateOf().id()).isEqualTo(keptId);
            }
            // fewer articles than a batch of term counts on every task: only the timed write keeps them
            await("the 6 articles counted for keyword weights, over all tasks", () -> documentsCounted() == 6);
        } finally {
            instances.forEach(s -> s.close(Duration.ofSeconds(20)));
        }
    }

    /** The sum over the term store's changelog partitions of each one's last committed document count (key ""). */
    private static long documentsCounted() {
        String changelog = "near-it-" + PipelineTopology.TERMS_STORE + "-changelog";
        try (KafkaConsumer<String, Long> consumer = consumer(new LongDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(changelog).stream()
                    .map(p -> new TopicPartition(changelog, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> documents = new HashMap<>();
            await("the term changelog read to its end", () -> {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                    if (r.key().isEmpty()) {
                        documents.put(new TopicPartition(r.topic(), r.partition()), r.value());
                    }
                });
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
            return documents.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Article i: 160 words drawn at random (seed i) from the fixtures' vocabulary, in sentences of ten words,
     * so that the five share no more than chance three-word runs.
     */
    private static String variant(String body, int i) {
        String[] vocabulary = body.split("\\s+");
        java.util.Random random = new java.util.Random(i);
        StringBuilder text = new StringBuilder();
        for (int w = 1; w <= 160; w++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(w % 10 == 0 ? ".\n\n" : " ");
        }
        return text.toString();
    }

    private KafkaStreams instance(TopicNames names, String name) {
        NewsflowConfig config = NewsflowConfig.DEFAULT;
        Properties props = StreamsSettings.of(config, broker.bootstrapServers());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "near-it");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(name).toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        PipelineParts parts = new PipelineParts(new FirstLineCleaner(), new FixedTagger(), Clock.systemUTC());
        ProcessingSettings settings = new ProcessingSettings(Duration.ofDays(7), 1, 0, 10);
        return new KafkaStreams(PipelineTopology.build(names, settings, parts), props);
    }

    private static TreeSet<Integer> ownedRawPartitions(KafkaStreams streams, TopicNames names) {
        TreeSet<Integer> owned = new TreeSet<>();
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return owned;
        }
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            thread.activeTasks().forEach(task -> task.topicPartitions().stream()
                    .filter(tp -> tp.topic().equals(names.raw())).forEach(tp -> owned.add(tp.partition())));
        }
        return owned;
    }

    private static void createTopics(TopicNames names) throws Exception {
        List<NewTopic> topics = new ArrayList<>(List.of(new NewTopic(names.raw(), PARTITIONS, (short) 1)));
        for (String out : names.outputs()) {
            topics.add(new NewTopic(out, PARTITIONS, (short) 1));
        }
        broker.createTopics(topics);
    }

    private static RawArticle raw(String id, String path, String body) {
        return RawArticle.of(id, Source.file(path), ContentFormat.TEXT, "Headline of " + id + "\n" + body, T0);
    }

    private static void send(KafkaProducer<String, byte[]> producer, TopicNames names, int partition,
                             RawArticle article, Instant at) throws Exception {
        producer.send(new ProducerRecord<>(names.raw(), partition, at.toEpochMilli(), article.id(),
                RAW.toBytes(article))).get();
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static <V> KafkaConsumer<String, V> consumer(org.apache.kafka.common.serialization.Deserializer<V> values) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "near-it-reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new org.apache.kafka.common.serialization.StringDeserializer(), values);
    }

    /** Polls the condition until it holds, failing after the deadline; no fixed sleeps. */
    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + DEADLINE + " waiting for " + what);
            }
            Thread.onSpinWait();
        }
    }

}
