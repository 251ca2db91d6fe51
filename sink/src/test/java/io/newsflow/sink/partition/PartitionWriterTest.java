package io.newsflow.sink.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.RejectReason;
import io.newsflow.model.Rejected;
import io.newsflow.model.kafka.JsonSerde;
import io.newsflow.model.config.SinkPartitioning;
import io.newsflow.sink.file.FileRange;
import io.newsflow.sink.file.FileSetCommit;
import io.newsflow.sink.file.JsonlFileWriter;
import io.newsflow.sink.file.OffsetRangeNaming;
import io.newsflow.sink.file.RecordWriter;
import io.newsflow.sink.file.RecordWriterProvider;
import io.newsflow.sink.layout.Partitioner;
import io.newsflow.sink.layout.Partitioners;
import io.newsflow.sink.line.RecordLines;
import io.newsflow.sink.rotation.RecordTimeWindows;
import io.newsflow.sink.rotation.RotationPolicy;
import io.newsflow.testkit.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionWriterTest {
    private static final TopicPartition ARTICLES_0 = new TopicPartition("newsflow.articles", 0);
    private static final String ARTICLES_0_NAME = "newsflow.articles+0+";
    private final MutableClock clock = MutableClock.atEpoch();
    private final List<CommittedFile> committed = new ArrayList<>();
    @TempDir
    Path out;
    private Path articles;
    private Path rejected;

    @BeforeEach
    void makeFolders() throws IOException {
        articles = Files.createDirectories(out.resolve("articles"));
        rejected = Files.createDirectories(out.resolve("rejected"));
    }

    @Test
    void shouldRotateAfterMaxRecords() throws IOException {
        PartitionWriter writer = writer(RotationPolicy.maxRecords(3), RecordWriterProvider.JSONL);

        writeValid(writer, 0, 7);

        assertThat(names(articles)).containsExactly(
                ".newsflow.articles+0+00000000000000000006.jsonl.tmp",
                ARTICLES_0_NAME + "00000000000000000000-00000000000000000002.jsonl",
                ARTICLES_0_NAME + "00000000000000000003-00000000000000000005.jsonl");
        assertThat(articles.resolve(names(articles).get(1)))
                .hasContent("{\"n\":0}\n{\"n\":1}\n{\"n\":2}\n");
        assertThat(writer.openFirstOffset()).hasValue(6);
        assertThat(committed).extracting(CommittedFile::records).containsExactly(3L, 3L);
    }

    @Test
    void shouldRotateOnceMaxBytesAreReached() throws IOException {
        PartitionWriter writer = writer(RotationPolicy.maxBytes(16), RecordWriterProvider.JSONL);

        writeValid(writer, 0, 5); // 8 bytes a line: two lines a file

        assertThat(committed).extracting(CommittedFile::range).containsExactly(
                new FileRange(ARTICLES_0, 0, 1), new FileRange(ARTICLES_0, 2, 3));
    }

    @Test
    void shouldRotateByAgeWhenNoRecordsCome() throws IOException {
        PartitionWriter writer = writer(RotationPolicy.maxAge(Duration.ofSeconds(5)), RecordWriterProvider.JSONL);
        writeValid(writer, 0, 2);
        clock.advance(Duration.ofSeconds(4));
        writer.rotateIfDue();
        assertThat(committed).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        writer.rotateIfDue();

        assertThat(committed).extracting(CommittedFile::range).containsExactly(new FileRange(ARTICLES_0, 0, 1));
        assertThat(names(articles)).containsExactly(ARTICLES_0_NAME + "00000000000000000000-00000000000000000001.jsonl");
        assertThat(writer.openFirstOffset()).isEmpty();
    }

    @Test
    void shouldNameFilesByOffsetsOfRecordsActuallyWritten() throws IOException {
        PartitionWriter writer = writer(RotationPolicy.maxRecords(100), RecordWriterProvider.JSONL);
        writer.write(record(3, valid(3)));  // 0..2 were aborted, 4 is a commit marker
        writer.write(record(5, valid(5)));

        writer.flush();

        assertThat(names(articles)).containsExactly(ARTICLES_0_NAME + "00000000000000000003-00000000000000000005.jsonl");
    }

    @Test
    void shouldWriteMalformedValuesAsDeadLettersInFilesOfTheirOwnOffsets() throws IOException {
        PartitionWriter writer = writer(RotationPolicy.maxRecords(100), RecordWriterProvider.JSONL);
        writer.write(record(0, valid(0)));
        writer.write(record(1, null));
        writer.write(record(2, "garbage".getBytes(StandardCharsets.UTF_8)));
        writer.write(record(3, valid(3)));
        writer.flush();

        assertThat(names(articles)).containsExactly(
                ARTICLES_0_NAME + "00000000000000000000-00000000000000000003.jsonl");
        assertThat(names(rejected)).containsExactly(ARTICLES_0_NAME + "00000000000000000001-00000000000000000002.jsonl");
        List<Rejected> deadLetters = Files.readAllLines(rejected.resolve(names(rejected).get(0))).stream()
                .map(line -> JsonSerde.of(Rejected.class).fromBytes(line.getBytes(StandardCharsets.UTF_8)))
                .toList();
        assertThat(deadLetters).extracting(Rejected::reason)
                .containsExactly(RejectReason.EMPTY_INPUT, RejectReason.MALFORMED_JSON);
        assertThat(committed).extracting(CommittedFile::deadLetters).containsExactly(false, true);
        assertThat(out.resolve(FileSetCommit.FOLDER)).isEmptyDirectory();
    }

    @Test
    void shouldStopWithErrorNamingFolderWhenDiskIsFull() throws IOException {
        PartitionWriter writer = writer(RotationPolicy.maxRecords(3), diskFullAfter(4));
        writeValid(writer, 0, 3);

        assertThatThrownBy(() -> writeValid(writer, 3, 5))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("output folder " + articles.toAbsolutePath())
                .hasMessageContaining("No space left on device");

        assertThat(committed).extracting(CommittedFile::range).containsExactly(new FileRange(ARTICLES_0, 0, 2));
        assertThat(names(articles)).containsExactly(ARTICLES_0_NAME + "00000000000000000000-00000000000000000002.jsonl");
        assertThat(writer.openFirstOffset()).isEmpty();
    }

    @Test
    void shouldDeleteOpenFileOnAbortAndKeepItOnAbandon() throws IOException {
        PartitionWriter aborted = writer(RotationPolicy.maxRecords(100), RecordWriterProvider.JSONL);
        writeValid(aborted, 0, 2);
        aborted.abort();
        assertThat(names(articles)).isEmpty();

        PartitionWriter abandoned = writer(RotationPolicy.maxRecords(100), RecordWriterProvider.JSONL);
        writeValid(abandoned, 0, 2);
        abandoned.abandon();
        assertThat(names(articles)).containsExactly(".newsflow.articles+0+00000000000000000000.jsonl.tmp");
        assertThat(committed).isEmpty();
    }

    @Test
    void shouldWriteOneFileForEachCategoryAndRotateThemTogether() throws IOException {
        PartitionWriter writer = writer(RotationPolicy.maxRecords(2), RecordWriterProvider.JSONL,
                Partitioners.of(SinkPartitioning.CATEGORY), RecordTimeWindows.OFF);
        writer.write(record(0, article("world")));
        writer.write(record(1, article("sport")));
        writer.write(record(2, article("../../etc")));
        writer.write(record(3, article("world")));
        writer.write(record(4, article("sport")));

        assertThat(names(articles.resolve("category=world")))
                .containsExactly(ARTICLES_0_NAME + "00000000000000000000-00000000000000000003.jsonl");
        assertThat(names(articles.resolve("category=sport")))
                .containsExactly(".newsflow.articles+0+00000000000000000004.jsonl.tmp",
                        ARTICLES_0_NAME + "00000000000000000001-00000000000000000001.jsonl");
        assertThat(names(articles.resolve("category=%2e.%2f..%2fetc")))
                .containsExactly(ARTICLES_0_NAME + "00000000000000000002-00000000000000000002.jsonl");
        assertThat(writer.openFirstOffset()).hasValue(4);
        assertThat(committed).hasSize(3);
    }

    @Test
    void shouldCutFileSetsAtRecordTimeWindowsWhateverTheClockSays() throws IOException {
        PartitionWriter writer = writer(RotationPolicy.maxRecords(100), RecordWriterProvider.JSONL_GZIP,
                Partitioners.of(SinkPartitioning.DATE), RecordTimeWindows.of(Duration.ofDays(1)));
        long day = Duration.ofDays(1).toMillis();
        writer.write(timed(0, day * 20_000 + 5));
        writer.write(timed(1, day * 20_000 + 9));
        writer.write(timed(2, day * 20_001));

        assertThat(names(articles.resolve("date=2024-10-04")))
                .containsExactly(ARTICLES_0_NAME + "00000000000000000000-00000000000000000001.jsonl");
        assertThat(names(articles.resolve("date=2024-10-05")))
                .containsExactly(".newsflow.articles+0+00000000000000000002.jsonl.tmp");
    }

    private PartitionWriter writer(RotationPolicy rotation, RecordWriterProvider writers) {
        return writer(rotation, writers, Partitioner.NONE, RecordTimeWindows.OFF);
    }

    private PartitionWriter writer(RotationPolicy rotation, RecordWriterProvider writers, Partitioner partitioner,
                                   RecordTimeWindows windows) {
        PartitionWriter.Parts parts = new PartitionWriter.Parts(new OffsetRangeNaming(), writers, rotation, windows,
                partitioner, new FileSetCommit(out), new RecordLines(clock), clock);
        return new PartitionWriter(ARTICLES_0, articles, rejected, parts, committed::add);
    }

    private static byte[] article(String category) {
        return ("{\"category\":\"" + category + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<byte[], byte[]> timed(long offset, long timestamp) {
        return new ConsumerRecord<>(ARTICLES_0.topic(), ARTICLES_0.partition(), offset, timestamp,
                TimestampType.CREATE_TIME, 0, 0, null, valid(offset), new RecordHeaders(), Optional.empty());
    }

    /** Writes like a full disk: the writes after the first {@code lines} fail. */
    private static RecordWriterProvider diskFullAfter(int lines) {
        int[] written = {0};
        return temp -> new FailingWriter(JsonlFileWriter.create(temp), written, lines);
    }

    private static void writeValid(PartitionWriter writer, long from, long to) {
        for (long offset = from; offset < to; offset++) {
            writer.write(record(offset, valid(offset)));
        }
    }

    private static byte[] valid(long n) {
        return ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<byte[], byte[]> record(long offset, byte[] value) {
        return new ConsumerRecord<>(ARTICLES_0.topic(), ARTICLES_0.partition(), offset, null, value);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private record FailingWriter(RecordWriter delegate, int[] written, int limit) implements RecordWriter {
        @Override
        public void write(byte[] line) throws IOException {
            if (++written[0] > limit) {
                throw new IOException("No space left on device");
            }
            delegate.write(line);
        }

        @Override
        public long bytesWritten() {
            return delegate.bytesWritten();
        }

        @Override
        public void finish() throws IOException {
            delegate.finish();
        }

        @Override
        public void abort() {
            delegate.abort();
        }

        @Override
        public void abandon() {
            delegate.abandon();
        }
    }
}
