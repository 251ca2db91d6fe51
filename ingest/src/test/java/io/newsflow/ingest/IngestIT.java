package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.kafka.ClientConfigs;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.publish.PublishException;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Rejected;
import io.newsflow.model.config.IngestSettings;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.model.kafka.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Ingest against a real broker: transactions, read_committed reads, the ledger across runs, replay. */
class IngestIT {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    @RegisterExtension
    static final BrokerTopics kafka = new BrokerTopics(TopicNames::ingestLedger);

    @TempDir
    Path folder;
    KafkaTarget target;
    Topics topics;

    /** Each test gets its own topics (from the extension) and input folder. */
    @BeforeEach
    void createInputs() throws Exception {
        topics = kafka.topics();
        target = kafka.target();
        copyFixture("article.txt", "news/a.txt");
        copyFixture("empty.txt", "news/empty.txt");
        copyFixture("binary.txt", "news/binary.txt");
        copyFixture("records.jsonl", "feeds/records.jsonl");
        copyFixture("README.md", "README.md");
    }

    // inputs: a.txt (accepted), empty.txt and binary.txt (rejected), records.jsonl: 9 records, 3 accepted
    private static final int ACCEPTED = 4;
    private static final int REJECTED = 8;

    @Test
    void shouldPublishAFolderOnceAndAgainOnlyWhatChanged() throws Exception {
        IngestStats first = scanOnce("ingest-it-1");
        assertThat(first).isEqualTo(new IngestStats(4, 4, 0, 1, 0, ACCEPTED, REJECTED));
        List<RawArticle> raw = readAll(topics.raw().name(), RawArticle.class);
        List<Rejected> rejected = readAll(topics.rejected().name(), Rejected.class);
        assertThat(raw).hasSize(ACCEPTED);
        assertThat(rejected).hasSize(REJECTED);
        assertThat(raw).extracting(a -> a.source().describe())
                .containsExactlyInAnyOrder("news/a.txt", "feeds/records.jsonl:1", "feeds/records.jsonl:6",
                        "feeds/records.jsonl:10");
        assertThat(rejected).extracting(r -> r.reason().code()).contains("empty-input", "binary-content",
                "malformed-json", "invalid-record");

        IngestStats second = scanOnce("ingest-it-2");
        assertThat(second).isEqualTo(new IngestStats(4, 0, 4, 1, 0, 0, 0));
        assertThat(readAll(topics.raw().name(), RawArticle.class)).hasSize(ACCEPTED);
        assertThat(readAll(topics.rejected().name(), Rejected.class)).hasSize(REJECTED);

        Files.writeString(folder.resolve("news/a.txt"), "A corrected article.\n\nWith a new paragraph.\n");
        IngestStats third = scanOnce("ingest-it-1");
        assertThat(third.filesPublished()).isEqualTo(1);
        List<RawArticle> after = readAll(topics.raw().name(), RawArticle.class);
        assertThat(after).hasSize(ACCEPTED + 1);
        assertThat(after).extracting(RawArticle::content).anyMatch(c -> c.startsWith("A corrected article."));
    }

    @Test
    void shouldShowNothingOfAFileWhoseTransactionWasNotCommitted() throws Exception {
        try (FolderIngestor zombie = open("ingest-it-fenced")) {
            // a newer instance with the same transactional id fences the older one
            try (FolderIngestor newer = open("ingest-it-fenced")) {
                assertThat(newer.scanOnce().filesPublished()).isEqualTo(4);
            }
            Files.writeString(folder.resolve("news/b.txt"), "Another article.\n");
            org.assertj.core.api.Assertions.assertThatThrownBy(zombie::scanOnce)
                    .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.fatal()).isTrue());
        }
        assertThat(readAll(topics.raw().name(), RawArticle.class)).extracting(a -> a.source().path())
                .doesNotContain("news/b.txt").hasSize(ACCEPTED);
    }

    @Test
    void shouldReplayEverythingEachTimeAndReportProgress() throws Exception {
        List<ReplayProgress> progress = new ArrayList<>();
        IngestStats stats;
        try (Replayer replayer = Replayer.open(settings(), target, "replay-it", PublishOptions.DEFAULT.withCommitEvery(2),
                Clock.systemUTC())) {
            stats = replayer.replay(List.of(folder), progress::add);
            replayer.replay(List.of(folder.resolve("news/a.txt")), ReplayListener.NONE);
        }
        assertThat(stats.records()).isEqualTo(ACCEPTED + REJECTED);
        assertThat(readAll(topics.raw().name(), RawArticle.class)).hasSize(ACCEPTED + 1);
        assertThat(readAll(topics.rejected().name(), Rejected.class)).hasSize(REJECTED);
        ReplayProgress last = progress.get(progress.size() - 1);
        assertThat(last.filesDone()).isEqualTo(4);
        assertThat(last.records()).isEqualTo(ACCEPTED + REJECTED);
        assertThat(progress).extracting(ReplayProgress::records).isSorted();
        assertThat(progress.size()).isGreaterThan(4); // records.jsonl reports its intermediate commits too
    }

    @Test
    void shouldFinishAnInterruptedReplayOnResumeWithEachRecordOnceAndReplayAgainOnPurpose() throws Exception {
        PublishOptions everyTwo = PublishOptions.DEFAULT.withCommitEvery(2);
        IngestStats partial;
        try (Replayer interrupted = Replayer.open(settings(), target, "replay-resume", everyTwo, Clock.systemUTC())) {
            partial = interrupted.replay(List.of(folder), ReplayMode.NEW, p -> {
                if (p.records() >= 3) {
                    interrupted.stop(); // honoured at the next commit, in the middle of records.jsonl
                }
            });
            assertThat(partial.records()).isLessThan(ACCEPTED + REJECTED);
        }
        int rawAfterStop = readAll(topics.raw().name(), RawArticle.class).size();
        assertThat(rawAfterStop).isLessThan(ACCEPTED);

        IngestStats resumed;
        IngestStats again;
        try (Replayer resuming = Replayer.open(settings(), target, "replay-resume", everyTwo, Clock.systemUTC())) {
            resumed = resuming.replay(List.of(folder), ReplayMode.RESUME, ReplayListener.NONE);
            again = resuming.replay(List.of(folder), ReplayMode.RESUME, ReplayListener.NONE);
        }
        assertThat(resumed.records()).isEqualTo(ACCEPTED + REJECTED - partial.records());
        assertThat(again.records()).isZero();
        assertThat(readAll(topics.raw().name(), RawArticle.class)).extracting(a -> a.source().describe())
                .containsExactlyInAnyOrder("news/a.txt", "feeds/records.jsonl:1", "feeds/records.jsonl:6",
                        "feeds/records.jsonl:10");
        assertThat(readAll(topics.rejected().name(), Rejected.class)).hasSize(REJECTED);

        try (Replayer onPurpose = Replayer.open(settings(), target, "replay-resume", everyTwo, Clock.systemUTC())) {
            assertThat(onPurpose.replay(List.of(folder), ReplayMode.NEW, ReplayListener.NONE).records())
                    .isEqualTo(ACCEPTED + REJECTED);
        }
        assertThat(readAll(topics.raw().name(), RawArticle.class)).hasSize(2 * ACCEPTED);
    }

    @Test
    void shouldPickUpNewFilesInContinuousMode() throws Exception {
        java.util.concurrent.ScheduledExecutorService scheduler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        IngestSettings settings = new IngestSettings(List.of(folder), Duration.ofMillis(100),
                IngestSettings.DEFAULT.maxFileBytes(), IngestSettings.DEFAULT.maxRecordBytes());
        Files.setLastModifiedTime(folder.resolve("news/a.txt"),
                java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(60)));
        try (FolderIngestor ingestor = FolderIngestor.open(settings, target, "ingest-it-loop", PublishOptions.DEFAULT,
                Clock.systemUTC())) {
            ingestor.start(scheduler);
            // written whole, then moved into the folder, as a well-behaved producer of input files does: a scan
            // never sees it half-written
            Path draft = Files.writeString(folder.resolveSibling(folder.getFileName() + "-late.txt"),
                    "A late article.\n");
            Files.move(draft, folder.resolve("news/late.txt"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (ingestor.totals().recordsAccepted() < ACCEPTED + 1 && Instant.now().isBefore(deadline)) {
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            assertThat(ingestor.totals().recordsAccepted()).as("accepted before the deadline; totals %s",
                    ingestor.totals()).isEqualTo(ACCEPTED + 1);
            assertThat(ingestor.failure()).isNotDone();
        } finally {
            scheduler.shutdownNow();
        }
        assertThat(readAll(topics.raw().name(), RawArticle.class)).extracting(a -> a.source().path())
                .contains("news/late.txt").hasSize(ACCEPTED + 1);
    }

    private IngestSettings settings() {
        return IngestSettings.DEFAULT.withInputs(List.of(folder));
    }

    private FolderIngestor open(String transactionalId) {
        return FolderIngestor.open(settings(), target, transactionalId, PublishOptions.DEFAULT, Clock.systemUTC());
    }

    private IngestStats scanOnce(String transactionalId) {
        try (FolderIngestor ingestor = open(transactionalId)) {
            return ingestor.scanOnce();
        }
    }

    /** Every committed value of {@code topic}, read up to its last stable offset. */
    private <T> List<T> readAll(String topic, Class<T> type) {
        io.newsflow.model.kafka.JsonSerde<T> serde = io.newsflow.model.kafka.JsonSerde.of(type);
        List<T> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(ClientConfigs.readCommitted(target, "it-reader"))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (!end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                assertThat(Instant.now()).as("reading " + topic).isBefore(deadline);
                consumer.poll(Duration.ofMillis(100)).forEach(r -> values.add(serde.fromBytes(r.value())));
            }
        }
        return values;
    }

    private void copyFixture(String name, String to) throws IOException {
        Path target = folder.resolve(to);
        Files.createDirectories(target.getParent());
        try (InputStream in = IngestIT.class.getResourceAsStream("/decode/" + name)) {
            Files.copy(in, target);
        }
    }

}
