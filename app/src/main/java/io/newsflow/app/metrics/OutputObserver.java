package io.newsflow.app.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Checks;
import io.newsflow.model.kafka.Json;
import io.newsflow.model.kafka.TopicNames;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read_committed consumer of the output topics (articles, duplicates, rejected) inside the process, decoupled
 * from the stages: it counts what the pipeline emits ({@link OutputCounters}) and keeps the newest articles for
 * the status page ({@link LatestArticles}). It uses no consumer group (plain assignment), so it never takes
 * partitions from anyone. Counting starts at the end offsets found by {@link #start()}; the newest articles
 * already there fill the list but are not counted.
 *
 * <p>Failure policy: a record that is not JSON is skipped and counted as unreadable; a fatal Kafka error stops
 * the observer (the pipeline goes on) and {@link #failure()} says why — the status page shows it.
 */
public final class OutputObserver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutputObserver.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int BACKFILL_SPAN = 4;

    private final Consumer<byte[], byte[]> consumer;
    private final TopicNames names;
    private final OutputCounters counters;
    private final LatestArticles latest;
    private final Clock clock;
    private final Map<TopicPartition, Long> countFrom = new HashMap<>();
    private final Thread thread = new Thread(this::loop, "newsflow-status-consumer");
    private volatile boolean closing;
    private volatile String failure;
    private volatile long unreadable;

    /**
     * @param clientProperties the process's Kafka client properties (bootstrap servers, security)
     */
    public OutputObserver(Map<String, Object> clientProperties, TopicNames names, OutputCounters counters,
                          LatestArticles latest, Clock clock) {
        this.consumer = new KafkaConsumer<>(properties(clientProperties), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        this.names = Checks.notNull(names, "names");
        this.counters = Checks.notNull(counters, "counters");
        this.latest = Checks.notNull(latest, "latest");
        this.clock = Checks.notNull(clock, "clock");
        thread.setDaemon(true);
    }

    /**
     * Assigns the output topics, fixes where counting starts, back-fills the newest articles, starts polling.
     * Back-fill reads the last {@code BACKFILL_SPAN} times {@code backfill} offsets of each articles partition:
     * transaction markers take offsets too, and {@link LatestArticles} keeps only the newest.
     */
    public void start(int backfill) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : names.outputs()) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        countFrom.putAll(ends);
        for (TopicPartition partition : partitions) {
            long end = ends.get(partition);
            boolean articles = partition.topic().equals(names.articles());
            long from = Math.max(beginnings.get(partition), end - (long) BACKFILL_SPAN * backfill);
            consumer.seek(partition, articles ? from : end);
        }
        thread.start();
    }

    /** Why the observer stopped, when it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public boolean running() {
        return thread.isAlive();
    }

    /** Records skipped because they were not JSON. */
    public long unreadable() {
        return unreadable;
    }

    @Override
    public void close() {
        closing = true;
        if (!thread.isAlive()) {
            consumer.close();
            return;
        }
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        try {
            while (!closing) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    observe(record);
                }
            }
        } catch (WakeupException e) {
            LOG.debug("status consumer stopped");
        } catch (KafkaException e) {
            failure = "the status consumer stopped: " + e.getMessage();
            LOG.error("{} (the pipeline goes on; the status page and output metrics stay where they were)", failure);
        } finally {
            consumer.close();
        }
    }

    private void observe(ConsumerRecord<byte[], byte[]> record) {
        JsonNode value = parse(record.value());
        if (value == null) {
            unreadable++;
            return;
        }
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        boolean counted = record.offset() >= countFrom.getOrDefault(partition, 0L);
        if (record.topic().equals(names.articles())) {
            latest.add(ArticleSummary.of(value));
            if (counted) {
                counters.article(value, clock.instant());
            }
        } else if (counted && record.topic().equals(names.duplicates())) {
            counters.duplicate(value, clock.instant());
        } else if (counted) {
            counters.rejected(value);
        }
    }

    private static JsonNode parse(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(value);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null; // policy: counted as unreadable by the caller; the sink dead-letters such records
        }
    }

    private static Map<String, Object> properties(Map<String, Object> clientProperties) {
        Map<String, Object> props = new HashMap<>(Checks.notNull(clientProperties, "clientProperties"));
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-status");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return props;
    }
}
