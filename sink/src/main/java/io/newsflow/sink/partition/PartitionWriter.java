package io.newsflow.sink.partition;

import io.newsflow.model.Checks;
import io.newsflow.sink.file.FileNaming;
import io.newsflow.sink.file.FileRange;
import io.newsflow.sink.file.RecordWriterProvider;
import io.newsflow.sink.line.RecordLines;
import io.newsflow.sink.line.SinkLine;
import io.newsflow.sink.rotation.RotationPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Writes one topic partition's records into files of consecutive offsets, at most one open at a time. A
 * record whose value is not a JSON object goes, as a dead letter, into a file of its own offsets in the
 * rejects folder, so the files of a partition, across both folders, still cover its offsets without overlap
 * and {@link io.newsflow.sink.file.FolderRecovery} can resume from them.
 *
 * <p>Failure policy: an I/O error (disk full, folder gone) is thrown as an {@link UncheckedIOException}
 * naming the file and folder, after which the caller must stop: nothing past the last renamed file counts as
 * written.
 */
public final class PartitionWriter {
    private final TopicPartition partition;
    private final Path recordFolder;
    private final Path rejectsFolder;
    private final Parts parts;
    private final Consumer<CommittedFile> listener;
    private OpenFile open;

    /**
     * The collaborators every partition writer of a sink shares.
     *
     * @param naming   names of files
     * @param writers  opens record writers
     * @param rotation when files are closed
     * @param lines    turns records into lines
     * @param clock    the time for rotation
     */
    public record Parts(FileNaming naming, RecordWriterProvider writers, RotationPolicy rotation, RecordLines lines,
                        Clock clock) {
        public Parts {
            Checks.notNull(naming, "naming");
            Checks.notNull(writers, "writers");
            Checks.notNull(rotation, "rotation");
            Checks.notNull(lines, "lines");
            Checks.notNull(clock, "clock");
        }
    }

    public PartitionWriter(TopicPartition partition, Path recordFolder, Path rejectsFolder, Parts parts,
                           Consumer<CommittedFile> listener) {
        this.partition = Checks.notNull(partition, "partition");
        this.recordFolder = Checks.notNull(recordFolder, "recordFolder");
        this.rejectsFolder = Checks.notNull(rejectsFolder, "rejectsFolder");
        this.parts = Checks.notNull(parts, "parts");
        this.listener = Checks.notNull(listener, "listener");
    }

    /** Writes one record of this partition; records must come in offset order. */
    public void write(ConsumerRecord<byte[], byte[]> record) {
        Checks.notNull(record, "record");
        SinkLine line = parts.lines().lineFor(record);
        Path folder = line.deadLetter() ? rejectsFolder : recordFolder;
        if (open != null && !open.folder().equals(folder)) {
            flush();
        }
        if (open == null) {
            open = openAt(folder, record.offset(), line.deadLetter());
        }
        append(line, record.offset());
        rotateIfDue();
    }

    /** Closes the open file if the rotation policy says so; call it regularly, also when no records come. */
    public void rotateIfDue() {
        if (open != null && parts.rotation().shouldRotate(open.stats(), parts.clock().instant())) {
            flush();
        }
    }

    /** Makes the open file durable and renames it into place; nothing to do when no file is open. */
    public void flush() {
        if (open == null) {
            return;
        }
        OpenFile file = open;
        open = null;
        FileRange range = new FileRange(partition, file.firstOffset(), file.lastOffset());
        Path target = file.folder().resolve(parts.naming().fileName(range));
        try {
            file.writer().commit(target);
        } catch (IOException e) {
            file.writer().abort();
            throw failure("cannot complete file " + target, file.folder(), e);
        }
        listener.accept(new CommittedFile(range, target, file.records(), file.deadLetters()));
    }

    /** Deletes the open file: its records will be read again (the partition was lost, or the sink failed). */
    public void abort() {
        if (open != null) {
            open.writer().abort();
            open = null;
        }
    }

    /** Closes the open file and leaves it in place, as a crash would. */
    public void abandon() {
        if (open != null) {
            open.writer().abandon();
            open = null;
        }
    }

    /** The first offset of the open file: the records before it are all in renamed files. */
    public OptionalLong openFirstOffset() {
        return open == null ? OptionalLong.empty() : OptionalLong.of(open.firstOffset());
    }

    public TopicPartition partition() {
        return partition;
    }

    private OpenFile openAt(Path folder, long offset, boolean deadLetters) {
        Path temp = folder.resolve(parts.naming().tempName(partition, offset));
        try {
            return new OpenFile(parts.writers().open(temp), temp, deadLetters, offset, parts.clock().instant());
        } catch (IOException e) {
            throw failure("cannot create file " + temp, folder, e);
        }
    }

    private void append(SinkLine line, long offset) {
        try {
            open.append(line.bytes(), offset);
        } catch (IOException e) {
            OpenFile file = open;
            abort();
            throw failure("cannot write file " + file.tempFile(), file.folder(), e);
        }
    }

    private static UncheckedIOException failure(String what, Path folder, IOException e) {
        return new UncheckedIOException(what + " in output folder " + folder.toAbsolutePath() + ": " + e, e);
    }
}
