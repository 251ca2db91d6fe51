package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.ledger.FileLedger;
import io.newsflow.ingest.ledger.LedgerEntry;
import io.newsflow.ingest.publish.PublishException;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.model.config.IngestSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderIngestorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-02T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    FileLedger ledger = FileLedger.empty();
    RecordingPublisher publisher = new RecordingPublisher();

    @BeforeEach
    void writeInputs() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "An article about rates.\nSecond paragraph.\n");
        Files.writeString(folder.resolve("b.jsonl"), lines(5));
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.writeString(folder.resolve("README.md"), "not an article");
    }

    private static String lines(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "{\"id\": \"r" + i + "\", \"text\": \"record " + i + "\"}")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private FolderIngestor ingestor(int commitEvery) {
        IngestSettings settings = IngestSettings.DEFAULT.withInputs(List.of(folder));
        return new FolderIngestor(settings, ledger, publisher, PublishOptions.DEFAULT.withCommitEvery(commitEvery),
                CLOCK);
    }

    @Test
    void shouldPublishEveryRecordAndCountIt() {
        IngestStats stats = ingestor(1000).scanOnce();
        assertThat(stats).isEqualTo(new IngestStats(3, 3, 0, 1, 0, 6, 1));
        assertThat(publisher.items()).hasSize(7);
        assertThat(publisher.committed).hasSize(3);
    }

    @Test
    void shouldWriteEachFilesLedgerEntryInTheTransactionOfItsRecords() throws IOException {
        ingestor(1000).scanOnce();
        List<Object> jsonl = publisher.committed.get(1);
        assertThat(jsonl).hasSize(6);
        RecordingPublisher.Mark mark = (RecordingPublisher.Mark) jsonl.get(5);
        assertThat(mark.fileKey()).isEqualTo(folder.resolve("b.jsonl").toAbsolutePath().normalize().toString());
        assertThat(mark.entry().complete()).isTrue();
        assertThat(mark.entry().records()).isEqualTo(5);
        assertThat(mark.entry().linesDone()).isEqualTo(5);
        assertThat(mark.entry().size()).isEqualTo(Files.size(folder.resolve("b.jsonl")));
        assertThat(mark.entry().sha256()).hasSize(64);
        assertThat(ledger.get(mark.fileKey())).contains(mark.entry());
    }

    @Test
    void shouldNotPublishAnUnchangedFileAgain() {
        ingestor(1000).scanOnce();
        int before = publisher.items().size();
        IngestStats second = ingestor(1000).scanOnce();
        assertThat(second).isEqualTo(new IngestStats(3, 0, 3, 1, 0, 0, 0));
        assertThat(publisher.items()).hasSize(before);
    }

    @Test
    void shouldPublishAChangedFileAgain() throws IOException {
        ingestor(1000).scanOnce();
        Files.writeString(folder.resolve("a.txt"), "A corrected article about rates.\n");
        IngestStats second = ingestor(1000).scanOnce();
        assertThat(second.filesPublished()).isEqualTo(1);
        assertThat(second.recordsAccepted()).isEqualTo(1);
        IngestItem last = publisher.items().get(publisher.items().size() - 1);
        assertThat(((IngestItem.Accepted) last).article().content()).startsWith("A corrected");
    }

    @Test
    void shouldNotPublishATouchedButUnchangedFileAgainAndRememberItsNewTime() throws IOException {
        ingestor(1000).scanOnce();
        Path a = folder.resolve("a.txt");
        Instant touched = Instant.parse("2030-01-01T00:00:00Z");
        Files.setLastModifiedTime(a, FileTime.from(touched));
        IngestStats second = ingestor(1000).scanOnce();
        assertThat(second.filesPublished()).isZero();
        assertThat(second.filesSkipped()).isEqualTo(3);
        LedgerEntry entry = ledger.get(a.toAbsolutePath().normalize().toString()).orElseThrow();
        assertThat(entry.modifiedAt()).isEqualTo(touched);
    }

    @Test
    void shouldCommitLargeFilesInPartsAndResumeAfterTheLastCommittedLine() throws IOException {
        Files.delete(folder.resolve("a.txt"));
        Files.delete(folder.resolve("empty.txt"));
        Files.writeString(folder.resolve("b.jsonl"), lines(7));
        publisher.failCommit(3);
        assertThatThrownBy(() -> ingestor(2).scanOnce()).isInstanceOf(PublishException.class);
        assertThat(publisher.items()).extracting(IngestItem::id).containsExactly("r1", "r2", "r3", "r4");
        LedgerEntry partial = publisher.marks().get(1).entry();
        assertThat(partial.complete()).isFalse();
        assertThat(partial.linesDone()).isEqualTo(4);

        IngestStats resumed = ingestor(2).scanOnce();

        assertThat(resumed.recordsAccepted()).isEqualTo(3);
        assertThat(publisher.items()).extracting(IngestItem::id)
                .containsExactly("r1", "r2", "r3", "r4", "r5", "r6", "r7");
        LedgerEntry done = publisher.marks().get(publisher.marks().size() - 1).entry();
        assertThat(done.complete()).isTrue();
        assertThat(done.records()).isEqualTo(7);
        assertThat(done.linesDone()).isEqualTo(7);
    }

    @Test
    void shouldDeadLetterAnUnreadableFileOnceUntilItChanges() throws IOException {
        Path locked = folder.resolve("locked.txt");
        Files.writeString(locked, "secret");
        boolean permissionsWork = locked.toFile().setReadable(false) && !Files.isReadable(locked);
        org.junit.jupiter.api.Assumptions.assumeTrue(permissionsWork, "needs a file system with permissions, not root");
        ingestor(1000).scanOnce();
        long deadLetters = publisher.items().stream().filter(IngestItem.Refused.class::isInstance).count();
        ingestor(1000).scanOnce();
        assertThat(publisher.items().stream().filter(IngestItem.Refused.class::isInstance).count())
                .isEqualTo(deadLetters);
    }

    @Test
    void shouldLeaveARecentlyModifiedFileForTheNextScanInContinuousMode() throws Exception {
        Clock now = Clock.fixed(Files.getLastModifiedTime(folder.resolve("a.txt")).toInstant()
                .plus(Duration.ofSeconds(1)), ZoneOffset.UTC);
        IngestSettings settings = IngestSettings.DEFAULT.withInputs(List.of(folder));
        FolderIngestor ingestor = new FolderIngestor(settings, ledger, publisher, PublishOptions.DEFAULT, now);
        java.util.concurrent.ScheduledExecutorService scheduler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            ingestor.start(scheduler);
            Instant deadline = Instant.now().plusSeconds(10);
            while (ingestor.totals().filesDeferred() == 0 && Instant.now().isBefore(deadline)) {
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            }
        } finally {
            ingestor.close();
            scheduler.shutdownNow();
        }
        assertThat(ingestor.totals().filesDeferred()).isEqualTo(3);
        assertThat(publisher.items()).isEmpty();
    }
}
