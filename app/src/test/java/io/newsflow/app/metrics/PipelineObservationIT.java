package io.newsflow.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.testkit.KafkaBroker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The status consumer and the lag reader against a real broker, with transactions committed and aborted. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineObservationIT {
    private static final TopicNames NAMES = TopicNames.DEFAULT;
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @RegisterExtension
    static final KafkaBroker broker = new KafkaBroker();

    private KafkaProducer<String, String> producer;

    @BeforeAll
    void start() throws Exception {
        broker.createTopics(NAMES.outputs().stream().map(t -> new NewTopic(t, 1, (short) 1)).toList());
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "transactional.id", "observation-test"), new StringSerializer(), new StringSerializer());
        producer.initTransactions();
    }

    @AfterAll
    void stop() {
        producer.close();
    }

    @Test
    void shouldBackfillTheNewestArticlesButCountOnlyWhatCommitsAfterStart() throws Exception {
        commit(article("a1"), article("a2"), article("a3"));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        OutputCounters counters = new OutputCounters(registry);
        LatestArticles latest = new LatestArticles(2);
        try (OutputObserver observer = new OutputObserver(Map.of("bootstrap.servers", broker.bootstrapServers()),
                NAMES, counters, latest, Clock.systemUTC())) {
            observer.start(2);
            await(() -> latest.list().size() == 2);
            assertThat(latest.list()).extracting(ArticleSummary::id).containsExactly("a3", "a2");

            abort(article("aborted"));
            commit(article("a4"), new ProducerRecord<>(NAMES.rejected(), "r1",
                    "{\"id\":\"r1\",\"stage\":\"processing\",\"reason\":\"no-article-text\",\"source\":{\"kind\":\"file\",\"path\":\"x.txt\"}}"),
                    new ProducerRecord<>(NAMES.articles(), "junk", "not json"));
            await(() -> counters.totals().rejected() == 1 && counters.totals().articles() == 1
                    && observer.unreadable() == 1);

            assertThat(latest.list()).extracting(ArticleSummary::id).containsExactly("a4", "a3");
            assertThat(counters.totals().rejectedByReason()).containsExactly(Map.entry("no-article-text", 1L));
            assertThat(observer.failure()).isEmpty();
        }
    }

    @Test
    void shouldReportTheLagOfAGroupUntilItHasConsumedEverything() throws Exception {
        String topic = NAMES.duplicates();
        commit(new ProducerRecord<>(topic, "d1", "{}"), new ProducerRecord<>(topic, "d2", "{}"),
                new ProducerRecord<>(topic, "d3", "{}"));
        ConsumerLag lag = new ConsumerLag(broker.admin(), List.of(new ConsumerLag.Group("readers", topic::equals),
                new ConsumerLag.Group("never-ran", topic::equals)), new SimpleMeterRegistry());
        TopicPartition partition = new TopicPartition(topic, 0);
        broker.admin().alterConsumerGroupOffsets("readers", Map.of(partition, new OffsetAndMetadata(1))).all().get();

        lag.refresh();
        assertThat(lag.lag().get("readers").get(topic)).isGreaterThanOrEqualTo(2);
        assertThat(lag.total("never-ran")).isGreaterThanOrEqualTo(3);

        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of("bootstrap.servers",
                broker.bootstrapServers(), "group.id", "readers", "isolation.level", "read_committed",
                "enable.auto.commit", "false"), new StringDeserializer(), new StringDeserializer())) {
            reader.subscribe(List.of(topic));
            long end = broker.admin().listOffsets(Map.of(partition, org.apache.kafka.clients.admin.OffsetSpec.latest()))
                    .all().get().get(partition).offset();
            await(() -> {
                reader.poll(Duration.ofMillis(200));
                return reader.assignment().contains(partition) && reader.position(partition) >= end;
            });
            reader.commitSync();
        }
        lag.refresh();
        assertThat(lag.total("readers")).isZero();
    }

    private static ProducerRecord<String, String> article(String id) {
        return new ProducerRecord<>(NAMES.articles(), id, "{\"id\":\"" + id + "\",\"title\":\"Title " + id
                + "\",\"text\":\"t\",\"source\":{\"kind\":\"file\",\"path\":\"" + id + ".txt\"},"
                + "\"ingestedAt\":\"2026-01-01T00:00:00Z\"}");
    }

    @SafeVarargs
    private void commit(ProducerRecord<String, String>... records) {
        producer.beginTransaction();
        for (ProducerRecord<String, String> record : records) {
            producer.send(record);
        }
        producer.commitTransaction();
    }

    private void abort(ProducerRecord<String, String> record) {
        producer.beginTransaction();
        producer.send(record);
        producer.flush();
        producer.abortTransaction();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", LIMIT).isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
