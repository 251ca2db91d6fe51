package io.newsflow.sink;

import io.newsflow.model.Checks;
import io.newsflow.model.config.KafkaSettings;
import io.newsflow.model.config.SinkCompression;
import io.newsflow.model.config.SinkSettings;
import io.newsflow.sink.file.FileSetCommit;
import io.newsflow.sink.file.FolderRecovery;
import io.newsflow.sink.file.OffsetRangeNaming;
import io.newsflow.sink.file.OutputFolders;
import io.newsflow.sink.file.RecordWriterProvider;
import io.newsflow.sink.layout.Partitioners;
import io.newsflow.sink.line.RecordLines;
import io.newsflow.sink.partition.PartitionWriter;
import io.newsflow.sink.rotation.RecordTimeWindows;
import io.newsflow.sink.rotation.RotationPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink stage: consumes the output topics and writes their records, exactly once, to JSON Lines files in
 * one folder per topic under {@link SinkSettings#outDir()}. Files are named by topic, partition and offset
 * range, written to a hidden temp file, fsync'd and atomically renamed, so only complete files are visible;
 * offsets are committed after the renames, and on assignment the sink resumes from the larger of the
 * committed offset and the position its files prove (see {@link io.newsflow.sink.file.FolderRecovery}).
 *
 * <pre>{@code
 * SinkService sink = new SinkService(config.sink(), kafka.withBootstrapServers(servers), Clock.systemUTC());
 * Future<?> running = executor.submit(sink);   // run() throws SinkException if the sink has to stop
 * ...
 * sink.close();                                 // flush, commit, close the consumer; waits for run() to end
 * }</pre>
 *
 * <p>{@link #run()} loops until {@link #close()}, which flushes the open files, commits and closes the
 * consumer. Failure policy: a disk error (disk full, folder not writable) holds the sink: its open temp files
 * are deleted, the error is logged naming the folder and shown by {@link #stalled()}, and it tries again with
 * a growing back-off (1 s to 30 s), resuming by itself from what its files hold. A fatal Kafka error stops
 * it: {@link #run()} throws a {@link SinkException}.
 *
 * <p>With {@code sink.partition-by} a partition's records go to several files at once (one per sub-folder);
 * they rotate together and become visible in one step ({@link io.newsflow.sink.file.FileSetCommit}), so
 * exactly once holds as with one file.
 */
public final class SinkService implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    private static final Duration MAX_POLL_WAIT = Duration.ofMillis(250);

    private enum State { NEW, RUNNING, STOPPED }

    private final Consumer<byte[], byte[]> consumer;
    private final SinkLoop loop;
    private final SinkCounters counters = new SinkCounters();
    private final Map<TopicPartition, Long> written = new ConcurrentHashMap<>();
    private final AtomicBoolean flushRequested = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Object lock = new Object();
    private State state = State.NEW;
    private volatile SinkException failure;

    /**
     * @param sink  where and how to write
     * @param kafka the cluster ({@code bootstrapServers} must be set; for the embedded broker pass
     *              {@code kafka.withBootstrapServers(broker.bootstrapServers())}), topic prefix, application id
     *              and extra client properties
     * @param clock the time for file rotation
     */
    public SinkService(SinkSettings sink, KafkaSettings kafka, Clock clock) {
        this(sink, kafka, clock, RecordWriterProvider.of(sink.compression()), DiskRetry.DEFAULT);
    }

    SinkService(SinkSettings sink, KafkaSettings kafka, Clock clock, RecordWriterProvider writers, DiskRetry retry) {
        Checks.notNull(sink, "sink");
        Checks.notNull(kafka, "kafka");
        Checks.notNull(clock, "clock");
        Checks.notNull(writers, "writers");
        Checks.notNull(retry, "retry");
        this.consumer = new KafkaConsumer<>(SinkConsumerConfig.of(kafka), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        OutputFolders folders = new OutputFolders(sink.outDir(), kafka.topicNames());
        OffsetRangeNaming naming = new OffsetRangeNaming(sink.compression() == SinkCompression.GZIP
                ? OffsetRangeNaming.GZIP_EXTENSION : OffsetRangeNaming.EXTENSION);
        FileSetCommit commits = folders.commits();
        PartitionWriter.Parts parts = new PartitionWriter.Parts(naming, writers, RotationPolicy.of(sink),
                RecordTimeWindows.of(sink.rotateInterval()), Partitioners.of(sink.partitionBy()), commits,
                new RecordLines(clock), clock);
        Duration pollTimeout = sink.flushInterval().compareTo(MAX_POLL_WAIT) < 0 ? sink.flushInterval() : MAX_POLL_WAIT;
        this.loop = new SinkLoop(consumer,
                new SinkLoop.Output(folders, new FolderRecovery(naming, commits), parts, retry),
                pollTimeout, counters, written);
    }

    /** Polls and writes until {@link #close()}; throws {@link SinkException} when the sink has to stop. */
    @Override
    public void run() {
        if (!begin()) {
            return;
        }
        try {
            loop.run(flushRequested);
        } catch (RuntimeException e) {
            failure = SinkException.describing(e);
            LOG.error("{}", failure.getMessage(), e);
            throw failure;
        } finally {
            end();
        }
    }

    /** Stops gracefully: the loop flushes every open file, commits and closes the consumer; waits for it. */
    @Override
    public void close() {
        stop(SinkLoop.Stop.GRACEFUL);
    }

    /**
     * Makes the loop close every open file at its next iteration (within a poll, at most 250 ms), instead of
     * waiting for the flush interval: for a run that ends when all input is written.
     */
    public void requestFlush() {
        flushRequested.set(true);
    }

    /**
     * For each assigned partition, the next offset whose records before it are all in renamed files. Compare
     * with the read-committed end offsets of the output topics to know when everything is written.
     */
    public Map<TopicPartition, Long> writtenPositions() {
        return Map.copyOf(written);
    }

    /** Records and files written so far. */
    public SinkStats stats() {
        return counters.snapshot();
    }

    /**
     * Why the sink is not writing at the moment, when a disk error (disk full, folder not writable) holds it:
     * it retries by itself and this is empty again once it writes.
     */
    public Optional<String> stalled() {
        return loop.stalled();
    }

    /** Why the sink stopped, when it stopped on an error. */
    public Optional<SinkException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Stops at once, as a crash would: open temp files stay, nothing more is committed. For tests. */
    void halt() {
        stop(SinkLoop.Stop.HALT);
    }

    private void stop(SinkLoop.Stop how) {
        synchronized (lock) {
            if (state == State.STOPPED) {
                return;
            }
            if (state == State.NEW) {
                state = State.STOPPED;
                consumer.close();
                stopped.countDown();
                return;
            }
            loop.requestStop(how);
        }
        consumer.wakeup();
        awaitStopped();
    }

    private boolean begin() {
        synchronized (lock) {
            if (state == State.STOPPED) {
                LOG.debug("sink closed before it ran");
                return false;
            }
            if (state == State.RUNNING) {
                throw new IllegalStateException("the sink is already running");
            }
            state = State.RUNNING;
            return true;
        }
    }

    private void end() {
        synchronized (lock) {
            state = State.STOPPED;
        }
        stopped.countDown();
    }

    private void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while waiting for the sink to stop");
        }
    }
}
