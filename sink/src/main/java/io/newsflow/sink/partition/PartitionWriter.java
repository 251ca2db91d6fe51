package io.newsflow.sink.partition;

import io.newsflow.model.Checks;
import io.newsflow.sink.file.Directories;
import io.newsflow.sink.file.FileNaming;
import io.newsflow.sink.file.FileRange;
import io.newsflow.sink.file.FileSetCommit;
import io.newsflow.sink.file.PreparedFile;
import io.newsflow.sink.file.RecordWriterProvider;
import io.newsflow.sink.layout.Partitioner;
import io.newsflow.sink.line.RecordLines;
import io.newsflow.sink.line.SinkLine;
import io.newsflow.sink.rotation.RecordTimeWindows;
import io.newsflow.sink.rotation.RotationPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Writes one topic partition's records into sets of files: between two rotations, one open file per folder
 * (the topic's folder or one of its {@link Partitioner} sub-folders; the rejects folder for records whose value
 * is not a JSON object, as dead letters). Each file is named by the offsets of the records in it; a set is
 * closed as a whole, when any of its files is due (records, bytes, age) or a record falls into another record
 * time window, and committed as one step ({@link FileSetCommit}), so the files of a partition, across all
 * folders, cover its offsets up to the largest one in any of them and
 * {@link io.newsflow.sink.file.FolderRecovery} can resume from there.
 *
 * <p>Failure policy: an I/O error (disk full, folder gone) is thrown as an {@link UncheckedIOException} naming
 * the file and folder; the open set is deleted (or, once its commit began, left to recovery), and the caller
 * must rewind to what recovery finds in the folders.
 */
public final class PartitionWriter {
    private final TopicPartition partition;
    private final Path recordFolder;
    private final Path rejectsFolder;
    private final Parts parts;
    private final Consumer<CommittedFile> listener;
    private FileSet open;

    /**
     * The collaborators every partition writer of a sink shares.
     *
     * @param naming      names of files
     * @param writers     opens record writers
     * @param rotation    when a file (and so its set) is due
     * @param windows     record-time windows a set must not span
     * @param partitioner the sub-folder of each record
     * @param commits     commits a set of files as one step
     * @param lines       turns records into lines
     * @param clock       the time for rotation
     */
    public record Parts(FileNaming naming, RecordWriterProvider writers, RotationPolicy rotation,
                        RecordTimeWindows windows, Partitioner partitioner, FileSetCommit commits, RecordLines lines,
                        Clock clock) {
        public Parts {
            Checks.notNull(naming, "naming");
            Checks.notNull(writers, "writers");
            Checks.notNull(rotation, "rotation");
            Checks.notNull(windows, "windows");
            Checks.notNull(partitioner, "partitioner");
            Checks.notNull(commits, "commits");
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
        Path folder = folderOf(record, line);
        if (open != null && !parts.windows().sameWindow(open.firstTimestamp(), record.timestamp())) {
            flush();
        }
        if (open == null) {
            open = new FileSet(record.offset(), record.timestamp());
        }
        OpenFile file = open.in(folder);
        if (file == null) {
            file = openAt(folder, record.offset(), line.deadLetter());
            open.add(file);
        }
        append(file, line, record.offset());
        rotateIfDue();
    }

    /** Closes the open set if the rotation policy says so for any of its files; call it also when no records come. */
    public void rotateIfDue() {
        if (open != null && open.files().stream()
                .anyMatch(f -> parts.rotation().shouldRotate(f.stats(), parts.clock().instant()))) {
            flush();
        }
    }

    /** Makes the open set's files durable and visible together; nothing to do when none is open. */
    public void flush() {
        if (open == null) {
            return;
        }
        FileSet set = open;
        List<PreparedFile> prepared = finish(set);
        open = null;
        try {
            parts.commits().commit(partition, set.firstOffset(), set.lastOffset(), prepared);
        } catch (IOException e) {
            throw failure("cannot complete files " + prepared.stream().map(PreparedFile::target).toList(),
                    prepared.get(0).target().getParent(), e);
        }
        for (OpenFile file : set.files()) {
            FileRange range = new FileRange(partition, file.firstOffset(), file.lastOffset());
            listener.accept(new CommittedFile(range, file.folder().resolve(parts.naming().fileName(range)),
                    file.records(), file.deadLetters()));
        }
    }

    /** Deletes the open set: its records will be read again (the partition was lost, or the sink failed). */
    public void abort() {
        if (open != null) {
            open.files().forEach(f -> f.writer().abort());
            open = null;
        }
    }

    /** Closes the open set's files and leaves them in place, as a crash would. */
    public void abandon() {
        if (open != null) {
            open.files().forEach(f -> f.writer().abandon());
            open = null;
        }
    }

    /** The first offset of the open set: the records before it are all in complete files. */
    public OptionalLong openFirstOffset() {
        return open == null ? OptionalLong.empty() : OptionalLong.of(open.firstOffset());
    }

    public TopicPartition partition() {
        return partition;
    }

    private Path folderOf(ConsumerRecord<byte[], byte[]> record, SinkLine line) {
        Path base = line.deadLetter() ? rejectsFolder : recordFolder;
        String segment = parts.partitioner().folderOf(record, line.bytes());
        if (segment.isEmpty()) {
            return base;
        }
        Path folder = base.resolve(segment).normalize();
        if (!base.equals(folder.getParent())) {
            throw new IllegalStateException("partition folder '" + segment + "' is not one folder below " + base);
        }
        return folder;
    }

    /** Flushes and fsyncs every file of the set; on an error deletes them all. */
    private List<PreparedFile> finish(FileSet set) {
        List<PreparedFile> prepared = new ArrayList<>();
        for (OpenFile file : set.files()) {
            FileRange range = new FileRange(partition, file.firstOffset(), file.lastOffset());
            try {
                file.writer().finish();
            } catch (IOException e) {
                abort();
                throw failure("cannot complete file " + file.tempFile(), file.folder(), e);
            }
            prepared.add(new PreparedFile(file.tempFile(), file.folder().resolve(parts.naming().fileName(range))));
        }
        return prepared;
    }

    private OpenFile openAt(Path folder, long offset, boolean deadLetters) {
        Path temp = folder.resolve(parts.naming().tempName(partition, offset));
        try {
            ensureFolder(folder);
            return new OpenFile(parts.writers().open(temp), temp, deadLetters, offset, parts.clock().instant());
        } catch (IOException e) {
            abort();
            throw failure("cannot create file " + temp, folder, e);
        }
    }

    /** A new partition folder is made durable in its parent before files are renamed into it. */
    private static void ensureFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            Directories.fsync(folder.getParent());
        }
    }

    private void append(OpenFile file, SinkLine line, long offset) {
        try {
            file.append(line.bytes(), offset);
            open.wrote(offset);
        } catch (IOException e) {
            abort();
            throw failure("cannot write file " + file.tempFile(), file.folder(), e);
        }
    }

    private static UncheckedIOException failure(String what, Path folder, IOException e) {
        return new UncheckedIOException(what + " in output folder " + folder.toAbsolutePath() + ": " + e, e);
    }
}
