package io.newsflow.sink;

import io.newsflow.sink.file.FolderRecovery;
import io.newsflow.sink.file.OutputFolders;
import io.newsflow.sink.file.Recovered;
import io.newsflow.sink.partition.PartitionWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's consumer loop, on one thread: poll, write each partition's records, rotate, commit what is in
 * renamed files. Partition writers live and die with the assignment. Every field but the stop flag and the
 * stall message belongs to the loop's thread.
 *
 * <p>Disk error policy (disk full, folder not writable): the open files are deleted, the partitions paused
 * (the consumer keeps polling, so it stays in its group), the error logged naming the folder, and after a
 * back-off ({@link DiskRetry}) the position is recovered from the folders again and writing resumes; so the
 * sink goes on by itself once space returns, and never writes a record twice or skips one.
 */
final class SinkLoop implements ConsumerRebalanceListener {
    private static final Logger LOG = LoggerFactory.getLogger(SinkLoop.class);

    /** How the loop is asked to stop. */
    enum Stop { NONE, GRACEFUL, HALT }

    /**
     * Where and how partitions are written.
     *
     * @param folders  the output folders
     * @param recovery reads where each partition stands from the folders
     * @param parts    what every partition writer uses
     * @param retry    the back-off after a disk error
     */
    record Output(OutputFolders folders, FolderRecovery recovery, PartitionWriter.Parts parts, DiskRetry retry) {
    }

    private final Consumer<byte[], byte[]> consumer;
    private final OutputFolders folders;
    private final FolderRecovery recovery;
    private final PartitionWriter.Parts parts;
    private final Duration pollTimeout;
    private final SinkCounters counters;
    private final Map<TopicPartition, Long> written;
    private final Map<TopicPartition, PartitionWriter> writers = new HashMap<>();
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private final DiskRetry retry;
    private boolean listening = true;
    private volatile Stop stop = Stop.NONE;
    private volatile String stalled;
    private Duration backoff;
    private Instant retryAt;

    SinkLoop(Consumer<byte[], byte[]> consumer, Output output, Duration pollTimeout, SinkCounters counters,
             Map<TopicPartition, Long> written) {
        this.consumer = consumer;
        this.folders = output.folders();
        this.recovery = output.recovery();
        this.parts = output.parts();
        this.retry = output.retry();
        this.pollTimeout = pollTimeout;
        this.counters = counters;
        this.written = written;
    }

    void requestStop(Stop how) {
        if (stop == Stop.NONE) {
            stop = how;
        }
    }

    /** Runs until asked to stop; on an error, deletes the open temp files, closes the consumer and rethrows. */
    void run(AtomicBoolean flushRequested) {
        try {
            folders.create();
            consumer.subscribe(folders.names().outputs(), this);
            while (stop == Stop.NONE) {
                step(flushRequested);
            }
            finish();
        } catch (RuntimeException e) {
            abortAll();
            closeConsumer(e);
            throw e;
        }
    }

    /** Why the sink is not writing at the moment (a disk error it retries), if it is not. */
    Optional<String> stalled() {
        return Optional.ofNullable(stalled);
    }

    private void step(AtomicBoolean flushRequested) {
        try {
            if (retryAt != null && !retryIfDue()) {
                consumer.poll(pollTimeout); // partitions are paused: this only keeps the group membership
                return;
            }
            ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
            write(records);
            rotate(flushRequested.getAndSet(false));
            commitProgress();
            if (!records.isEmpty() && stalled != null) {
                LOG.info("sink writing again after a disk error");
                stalled = null;
                backoff = null;
            }
        } catch (WakeupException e) {
            LOG.debug("woken up to stop ({})", stop);
        } catch (UncheckedIOException e) {
            stall(e);
        }
    }

    private void stall(UncheckedIOException e) {
        backoff = retry.after(backoff);
        retryAt = parts.clock().instant().plus(backoff);
        stalled = e.getMessage();
        LOG.error("sink cannot write: {}; the open files are deleted and nothing after the complete files counts "
                + "as written; trying again in {} ms (it resumes by itself once the folder is writable again)",
                e.getMessage(), backoff.toMillis());
        writers.values().forEach(PartitionWriter::abort);
        consumer.pause(consumer.assignment());
    }

    /** At the retry time: recover each partition's position from the folders, seek there and resume. */
    private boolean retryIfDue() {
        if (parts.clock().instant().isBefore(retryAt)) {
            return false;
        }
        retryAt = null;
        Set<TopicPartition> assigned = consumer.assignment();
        folders.create();
        assign(assigned);
        consumer.resume(assigned);
        return true;
    }

    private void write(ConsumerRecords<byte[], byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            PartitionWriter writer = writerOf(partition);
            for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                writer.write(record);
            }
        }
    }

    private void rotate(boolean flushAll) {
        for (PartitionWriter writer : writers.values()) {
            if (flushAll) {
                writer.flush();
            } else {
                writer.rotateIfDue();
            }
        }
    }

    private void finish() {
        if (stop == Stop.HALT) {
            LOG.info("sink halted: open files left as temp files, nothing more committed");
            listening = false;
            writers.values().forEach(PartitionWriter::abandon);
        } else {
            rotate(true);
            retryOnWakeup(this::commitProgress);
            listening = false;
            LOG.info("sink stopped; {}", counters.snapshot());
        }
        writers.clear();
        closeConsumer(null);
    }

    /** A wakeup meant for a poll can hit the next call instead; it is spent then, so a retry goes through. */
    private static void retryOnWakeup(Runnable action) {
        try {
            action.run();
        } catch (WakeupException e) {
            action.run();
        }
    }

    private void commitProgress() {
        commit(progressOf(writers.keySet()));
    }

    private Map<TopicPartition, OffsetAndMetadata> progressOf(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> due = new HashMap<>();
        for (TopicPartition partition : partitions) {
            long position = writtenPosition(writerOf(partition));
            written.put(partition, position);
            if (position > committed.getOrDefault(partition, -1L)) {
                due.put(partition, new OffsetAndMetadata(position));
            }
        }
        return due;
    }

    /** The first offset of the open file, or, with none open, the consumer's position: all polled records are written. */
    private long writtenPosition(PartitionWriter writer) {
        return writer.openFirstOffset().orElseGet(() -> consumer.position(writer.partition()));
    }

    /** Commit policy: a failed commit is logged and retried with the next one; the files are the truth. */
    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(offsets);
            offsets.forEach((partition, offset) -> committed.put(partition, offset.offset()));
        } catch (CommitFailedException | RebalanceInProgressException | RetriableException e) {
            LOG.warn("cannot commit offsets {} ({}); the output folder has the records, the next commit retries",
                    offsets, e.toString());
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        if (!listening || partitions.isEmpty()) {
            return;
        }
        assign(partitions);
    }

    /** Recovers where each partition stands and gives it a fresh writer; a disk error here is retried too. */
    private void assign(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Recovered> fromFiles = recovery.recover(partitions, folders.all());
        Map<TopicPartition, OffsetAndMetadata> fromCommits = consumer.committed(Set.copyOf(partitions));
        for (TopicPartition partition : partitions) {
            resume(fromFiles.get(partition), fromCommits.get(partition));
            writers.put(partition, new PartitionWriter(partition, folders.folderOf(partition.topic()),
                    folders.rejectsFolder(), parts, counters));
        }
    }

    private void resume(Recovered files, OffsetAndMetadata commit) {
        TopicPartition partition = files.partition();
        long committedOffset = commit == null ? -1 : commit.offset();
        committed.put(partition, committedOffset);
        files.deletedTempFiles().forEach(f -> LOG.warn("{}: deleted stale temp file {}", partition, f));
        long fileOffset = files.nextOffset().orElse(-1);
        if (fileOffset > committedOffset) {
            LOG.info("{}: resuming at offset {} from the output files (committed offset {})", partition,
                    fileOffset, commit == null ? "none" : committedOffset);
            consumer.seek(partition, fileOffset);
        } else if (commit != null) {
            LOG.info("{}: resuming at committed offset {}", partition, committedOffset);
            consumer.seek(partition, committedOffset);
        } else {
            LOG.info("{}: resuming at the earliest offset (no files, no committed offset)", partition);
            consumer.seekToBeginning(Set.of(partition));
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        if (!listening) {
            return;
        }
        for (TopicPartition partition : partitions) {
            if (writers.containsKey(partition)) {
                writers.get(partition).flush();
            }
        }
        commit(progressOf(partitions.stream().filter(writers::containsKey).toList()));
        forget(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            PartitionWriter writer = writers.get(partition);
            if (writer != null) {
                writer.abort();
            }
        }
        forget(partitions);
    }

    private void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(p -> {
            writers.remove(p);
            committed.remove(p);
            written.remove(p);
        });
    }

    private PartitionWriter writerOf(TopicPartition partition) {
        PartitionWriter writer = writers.get(partition);
        if (writer == null) {
            throw new IllegalStateException("records of " + partition + ", which is not assigned to the sink");
        }
        return writer;
    }

    private void abortAll() {
        listening = false;
        writers.values().forEach(PartitionWriter::abort);
        writers.clear();
    }

    private void closeConsumer(RuntimeException failure) {
        try {
            consumer.close();
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }
}
