package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.config.KafkaSettings;
import io.newsflow.model.config.SinkCompression;
import io.newsflow.model.config.SinkPartitioning;
import io.newsflow.model.config.SinkSettings;
import io.newsflow.model.kafka.Json;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.sink.file.FileRange;
import io.newsflow.sink.file.FileSetCommit;
import io.newsflow.sink.file.RecordWriterProvider;
import io.newsflow.sink.file.OffsetRangeNaming;
import io.newsflow.testkit.KafkaBroker;
import io.newsflow.testkit.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SinkServiceIT {
    private static final int PARTITIONS = 2;
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Duration NEVER = Duration.ofHours(1);
    @RegisterExtension
    static final KafkaBroker broker = new KafkaBroker();
    private final OffsetRangeNaming naming = new OffsetRangeNaming();
    private final List<ExecutorService> threads = new ArrayList<>();
    @TempDir
    Path out;

    @AfterEach
    void stopThreads() {
        threads.forEach(ExecutorService::shutdownNow);
    }

    @Test
    void shouldWriteEveryCommittedRecordExactlyOnceAcrossACrashAndALostCommit() throws Exception {
        KafkaSettings kafka = kafka("crash");
        TopicNames names = kafka.topicNames();
        createTopics(names);
        try (KafkaProducer<String, byte[]> producer = producer("crash-1")) {
            commit(producer, names.articles(), "a", 0, 30);
            abort(producer, names.articles(), "aborted", 0, 10);
            producer.beginTransaction();
            send(producer, names.duplicates(), "d", 0, 10);
            send(producer, names.rejected(), "r", 0, 5);
            producer.send(new ProducerRecord<>(names.articles(), 0, "garbage", bytes("not json at all")));
            producer.send(new ProducerRecord<>(names.articles(), 1, "tombstone", null));
            producer.commitTransaction();
        }
        SinkSettings settings = new SinkSettings(out, 4, 1024 * 1024, NEVER);

        SinkService first = new SinkService(settings, kafka, Clock.systemUTC());
        Future<?> firstRun = start(first);
        await("some files written and some left open", () -> first.stats().filesWritten() >= 5
                && !allTempFiles().isEmpty());
        first.halt();
        firstRun.get(10, TimeUnit.SECONDS);
        assertThat(allTempFiles()).as("the crash leaves temp files").isNotEmpty();
        long writtenBeforeCrash = first.stats().totalRecords();
        assertThat(writtenBeforeCrash).isLessThan(45);

        TopicPartition articles0 = new TopicPartition(names.articles(), 0);
        broker.admin().alterConsumerGroupOffsets(SinkConsumerConfig.groupId(kafka),
                Map.of(articles0, new OffsetAndMetadata(0))).all().get(); // as if the commits were lost

        try (KafkaProducer<String, byte[]> producer = producer("crash-2")) {
            commit(producer, names.articles(), "b", 0, 20);
            abort(producer, names.duplicates(), "aborted", 0, 5);
        }
        SinkService second = new SinkService(settings, kafka, Clock.systemUTC());
        Future<?> secondRun = start(second);
        awaitAllWritten(second, names);
        second.close();
        secondRun.get(10, TimeUnit.SECONDS);
        assertThat(first.stats().recordsWritten().getOrDefault(names.articles(), 0L)
                + second.stats().recordsWritten().get(names.articles())).isEqualTo(50L);

        assertThat(ids(out.resolve("articles"))).containsExactlyInAnyOrderElementsOf(keys("a", 30, "b", 20));
        assertThat(ids(out.resolve("duplicates"))).containsExactlyInAnyOrderElementsOf(keys("d", 10, "d", 0));
        assertThat(deadLetterIds(out.resolve("rejected"))).containsExactlyInAnyOrder("garbage", "tombstone");
        assertThat(ids(out.resolve("rejected")).stream().filter(id -> id.startsWith("r")))
                .containsExactlyInAnyOrderElementsOf(keys("r", 5, "r", 0));
        assertThat(allTempFiles()).isEmpty();
        assertNoOverlappingRanges();
    }

    @Test
    void shouldHoldWithAnErrorNamingTheFolderAndResumeByItselfWhenTheFolderIsWritableAgain() throws Exception {
        KafkaSettings kafka = kafka("disk");
        TopicNames names = kafka.topicNames();
        createTopics(names);
        try (KafkaProducer<String, byte[]> producer = producer("disk-1")) {
            commit(producer, names.articles(), "a", 0, 12);
        }
        SinkSettings settings = new SinkSettings(out, 3, 1024 * 1024, NEVER);
        Path articles = out.resolve("articles");
        Path moved = out.resolve("articles.moved");

        SinkService sink = retryingFast(settings, kafka);
        Future<?> run = start(sink);
        await("the first files", () -> sink.stats().filesWritten() >= 2);
        Files.move(articles, moved);
        Files.writeString(articles, "a file where the folder was");
        try (KafkaProducer<String, byte[]> producer = producer("disk-2")) {
            commit(producer, names.articles(), "b", 0, 12);
        }

        await("the sink held by the disk error", () -> sink.stalled().isPresent());
        assertThat(sink.stalled().orElseThrow()).contains("output folder " + articles.toAbsolutePath());
        assertThat(run).isNotDone();
        assertThat(sink.failure()).isEmpty();
        Map<TopicPartition, OffsetAndMetadata> committed = broker.admin()
                .listConsumerGroupOffsets(SinkConsumerConfig.groupId(kafka)).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, Long> inFiles = nextOffsets(moved);
        for (Map.Entry<TopicPartition, OffsetAndMetadata> commit : committed.entrySet()) {
            long fromFiles = inFiles.getOrDefault(commit.getKey(), 0L);
            assertThat(committedRecords(kafka, commit.getKey(), fromFiles, commit.getValue().offset()))
                    .as("records committed but not in files of %s", commit.getKey()).isEmpty();
        }

        Files.delete(articles);
        Files.move(moved, articles);
        awaitAllWritten(sink, names);
        assertResumedAndComplete(sink, run);
    }

    @Test
    void shouldHoldOnARealFullDiskAndResumeWhenSpaceReturns() throws Exception {
        KafkaSettings kafka = kafka("full");
        TopicNames names = kafka.topicNames();
        createTopics(names);
        try (Tmpfs disk = Tmpfs.mount(out, "1m")) {
            try (KafkaProducer<String, byte[]> producer = producer("full-1")) {
                commit(producer, names.articles(), "a", 0, 12);
            }
            SinkService sink = retryingFast(new SinkSettings(out, 3, 1024 * 1024, NEVER), kafka);
            Future<?> run = start(sink);
            awaitAllWritten(sink, names);
            Path filler = out.resolve("filler");
            assertThat(disk.fill(filler)).isPositive();
            try (KafkaProducer<String, byte[]> producer = producer("full-2")) {
                commit(producer, names.articles(), "b", 0, 12);
            }

            await("the sink held by the full disk", () -> sink.stalled().isPresent());
            assertThat(sink.stalled().orElseThrow()).contains("No space left on device")
                    .contains(out.resolve("articles").toAbsolutePath().toString());
            assertThat(run).isNotDone();
            assertThat(sink.failure()).isEmpty();

            Files.delete(filler);
            awaitAllWritten(sink, names);
            assertResumedAndComplete(sink, run);
        }
    }

    /** After a disk error: writing again, and the articles a0-a11 and b0-b11 each in one file, nothing left open. */
    private void assertResumedAndComplete(SinkService sink, Future<?> run) throws Exception {
        // the sink thread lifts the hold after its first good write: a moment after the positions show the records
        await("the hold lifted", () -> sink.stalled().isEmpty());
        sink.close();
        run.get(10, TimeUnit.SECONDS);
        assertThat(ids(out.resolve("articles"))).containsExactlyInAnyOrderElementsOf(keys("a", 12, "b", 12));
        assertThat(allTempFiles()).isEmpty();
        assertNoOverlappingRanges();
    }

    @Test
    void shouldWritePartitionedGzipFilesExactlyOnceAcrossACrashWithOpenSets() throws Exception {
        KafkaSettings kafka = kafka("layout");
        TopicNames names = kafka.topicNames();
        createTopics(names);
        String[] categories = {"world", "sport", "../../escape", "CON", "World"};
        try (KafkaProducer<String, byte[]> producer = producer("layout-1")) {
            producer.beginTransaction();
            for (int i = 0; i < 60; i++) {
                producer.send(new ProducerRecord<>(names.articles(), i % PARTITIONS, "c" + i, bytes("{\"id\":\"c" + i
                        + "\",\"category\":\"" + categories[i % categories.length] + "\"}")));
            }
            producer.commitTransaction();
        }
        SinkSettings settings = new SinkSettings(out, 7, 1024 * 1024, NEVER)
                .withPartitionBy(SinkPartitioning.CATEGORY).withCompression(SinkCompression.GZIP);

        SinkService first = new SinkService(settings, kafka, Clock.systemUTC());
        Future<?> firstRun = start(first);
        await("some sets written and some open", () -> first.stats().filesWritten() >= 4
                && !tempFilesBelow(out.resolve("articles")).isEmpty());
        first.halt();
        firstRun.get(10, TimeUnit.SECONDS);
        try (SinkService second = new SinkService(settings, kafka, Clock.systemUTC())) {
            start(second);
            awaitAllWritten(second, names);
        }

        Path articles = out.resolve("articles");
        try (Stream<Path> folders = Files.list(articles)) {
            assertThat(folders.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("category=world", "category=sport", "category=%2e.%2f..%2fescape",
                            "category=%63on");
        }
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.walk(articles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl.gz")).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        ids.add(Json.mapper().readTree(line).get("id").asText());
                    }
                }
            }
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(keys("c", 60, "c", 0));
        assertThat(out.resolve(FileSetCommit.FOLDER)).isEmptyDirectory();
    }

    @Test
    void shouldCloseFilesAfterFlushIntervalAndOnGracefulClose() throws Exception {
        KafkaSettings kafka = kafka("time");
        TopicNames names = kafka.topicNames();
        createTopics(names);
        try (KafkaProducer<String, byte[]> producer = producer("time-1")) {
            commit(producer, names.articles(), "a", 0, 6);
        }
        MutableClock clock = MutableClock.atEpoch();
        SinkService sink = new SinkService(new SinkSettings(out, 1000, 1024 * 1024, Duration.ofSeconds(5)), kafka,
                clock);
        Future<?> run = start(sink);
        await("both partitions' records in open files", () -> tempFiles(out.resolve("articles")).size() == PARTITIONS);
        assertThat(files(out.resolve("articles"))).isEmpty();

        clock.advance(Duration.ofSeconds(5));
        await("files closed by age", () -> sink.stats().filesWritten() == PARTITIONS);
        assertThat(ids(out.resolve("articles"))).containsExactlyInAnyOrderElementsOf(keys("a", 6, "a", 0));

        try (KafkaProducer<String, byte[]> producer = producer("time-2")) {
            commit(producer, names.articles(), "b", 0, 2);
        }
        await("new records in open files", () -> tempFiles(out.resolve("articles")).size() == PARTITIONS);
        sink.close();
        run.get(10, TimeUnit.SECONDS);

        assertThat(tempFiles(out.resolve("articles"))).isEmpty();
        assertThat(ids(out.resolve("articles"))).containsExactlyInAnyOrderElementsOf(keys("a", 6, "b", 2));
        Map<TopicPartition, OffsetAndMetadata> committed = broker.admin()
                .listConsumerGroupOffsets(SinkConsumerConfig.groupId(kafka)).partitionsToOffsetAndMetadata().get();
        assertThat(committed.get(new TopicPartition(names.articles(), 0)).offset())
                .isEqualTo(nextOffsets(out.resolve("articles")).get(new TopicPartition(names.articles(), 0)) + 1);
    }

    private KafkaSettings kafka(String name) {
        return new KafkaSettings(broker.bootstrapServers(), name + ".", PARTITIONS, 1, "it-" + name, Map.of(),
                Map.of());
    }

    private static void createTopics(TopicNames names) throws Exception {
        broker.createTopics(names.outputs().stream().map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList());
    }

    private static KafkaProducer<String, byte[]> producer(String transactionalId) {
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId),
                new StringSerializer(), new ByteArraySerializer());
        producer.initTransactions();
        return producer;
    }

    private static void commit(KafkaProducer<String, byte[]> producer, String topic, String prefix, int from, int to) {
        producer.beginTransaction();
        send(producer, topic, prefix, from, to);
        producer.commitTransaction();
    }

    private static void abort(KafkaProducer<String, byte[]> producer, String topic, String prefix, int from, int to) {
        producer.beginTransaction();
        send(producer, topic, prefix, from, to);
        producer.flush();
        producer.abortTransaction();
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, String prefix, int from, int to) {
        for (int i = from; i < to; i++) {
            String id = prefix + i;
            producer.send(new ProducerRecord<>(topic, i % PARTITIONS, id, bytes("{\"id\":\"" + id + "\",\"n\":" + i + "}")));
        }
    }

    /** A sink that tries again 100 ms after a disk error, at most 400 ms. */
    private static SinkService retryingFast(SinkSettings settings, KafkaSettings kafka) {
        return new SinkService(settings, kafka, Clock.systemUTC(), RecordWriterProvider.JSONL,
                new DiskRetry(Duration.ofMillis(100), Duration.ofMillis(400)));
    }

    private Future<?> start(SinkService sink) {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        threads.add(thread);
        return thread.submit(sink);
    }

    /** What {@code newsflow run --once} does: flush until every committed record of the outputs is in a file. */
    private static void awaitAllWritten(SinkService sink, TopicNames names) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : names.outputs()) {
            for (int p = 0; p < PARTITIONS; p++) {
                latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        broker.admin().listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        await("all records written up to " + ends, () -> {
            sink.requestFlush();
            Map<TopicPartition, Long> written = sink.writtenPositions();
            return ends.entrySet().stream().allMatch(e -> written.getOrDefault(e.getKey(), -1L) >= e.getValue());
        });
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("no " + what + " within " + DEADLINE);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private List<String> ids(Path folder) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode line : lines(folder)) {
            if (!"sink".equals(line.path("stage").asText())) {
                ids.add(line.get("id").asText());
            }
        }
        return ids;
    }

    private List<String> deadLetterIds(Path folder) throws IOException {
        return lines(folder).stream().filter(l -> "sink".equals(l.path("stage").asText()))
                .map(l -> l.get("id").asText()).toList();
    }

    private List<JsonNode> lines(Path folder) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (Path file : files(folder)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as(file + " ends with a line break").endsWith("\n");
            for (String line : text.split("\n")) {
                lines.add(Json.mapper().readTree(line));
            }
        }
        return lines;
    }

    private Map<TopicPartition, Long> nextOffsets(Path folder) throws IOException {
        Map<TopicPartition, Long> next = new HashMap<>();
        for (Path file : files(folder)) {
            FileRange range = naming.parseFileName(file.getFileName().toString()).orElseThrow();
            next.merge(range.partition(), range.nextOffset(), Math::max);
        }
        return next;
    }

    /**
     * Files of one set (one per folder) may interleave their offsets; two files of one partition in the same
     * folder never overlap, or a record would be in both.
     */
    private void assertNoOverlappingRanges() throws IOException {
        for (Path folder : List.of(out.resolve("articles"), out.resolve("duplicates"), out.resolve("rejected"))) {
            Map<TopicPartition, List<FileRange>> ranges = new HashMap<>();
            for (Path file : files(folder)) {
                FileRange range = naming.parseFileName(file.getFileName().toString()).orElseThrow();
                ranges.computeIfAbsent(range.partition(), p -> new ArrayList<>()).add(range);
            }
            ranges.forEach((partition, list) -> {
                list.sort((a, b) -> Long.compare(a.firstOffset(), b.firstOffset()));
                for (int i = 1; i < list.size(); i++) {
                    assertThat(list.get(i).firstOffset()).as("files of %s in %s: %s", partition, folder, list)
                            .isGreaterThan(list.get(i - 1).lastOffset());
                }
            });
        }
    }

    private List<Path> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> naming.parseFileName(p.getFileName().toString()).isPresent()).sorted().toList();
        }
    }

    /** The committed records of {@code partition} from offset {@code from} to before {@code to}. */
    private static List<Long> committedRecords(KafkaSettings kafka, TopicPartition partition, long from, long to) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Long> offsets = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> reader =
                     new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            reader.assign(List.of(partition));
            reader.seek(partition, from);
            Instant deadline = Instant.now().plus(DEADLINE);
            while (reader.position(partition) < to && Instant.now().isBefore(deadline)) {
                reader.poll(Duration.ofMillis(100)).records(partition).stream()
                        .filter(r -> r.offset() < to).forEach(r -> offsets.add(r.offset()));
            }
        }
        return offsets;
    }

    private List<Path> allTempFiles() {
        return Stream.of("articles", "duplicates", "rejected")
                .flatMap(name -> tempFiles(out.resolve(name)).stream()).toList();
    }

    private List<Path> tempFilesBelow(Path folder) {
        try (Stream<Path> entries = Files.walk(folder)) {
            return entries.filter(p -> naming.parseTempName(p.getFileName().toString()).isPresent()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> tempFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> naming.parseTempName(p.getFileName().toString()).isPresent()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> keys(String prefix, int count, String prefix2, int count2) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(prefix + i);
        }
        for (int i = 0; i < count2; i++) {
            keys.add(prefix2 + i);
        }
        return keys;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
