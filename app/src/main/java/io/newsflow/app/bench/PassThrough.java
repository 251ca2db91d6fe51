package io.newsflow.app.bench;

import io.newsflow.app.bench.workload.Workload;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ingest.ReplayListener;
import io.newsflow.ingest.Replayer;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.processing.StreamsSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The limit: a Kafka Streams application that reads the raw topic and writes every record unchanged to the
 * articles topic, with the processing stage's own Streams settings (exactly_once_v2, compression, threads,
 * commit interval). The records are published first with ingest's replayer; the clock runs from the first commit
 * of the application (start-up and rebalancing left out) until its committed offsets reach the end of the raw
 * topic, and counts the records committed in between (offsets: the few commit markers count as records).
 */
final class PassThrough {
    private static final Duration LIMIT = Duration.ofMinutes(30);

    private final Clock clock;

    PassThrough(Clock clock) {
        this.clock = clock;
    }

    /** Raw in, unchanged out: bytes to bytes, no serde work. */
    static Topology topology(String in, String out) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(in, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw"))
                .to(out, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("out"));
        return builder.build();
    }

    /**
     * Publishes {@code workload} {@code repeat} times with the replayer, then measures the pass-through on it (a
     * pass-through is fast: repeating gives it enough records to be timed well).
     *
     * @return the replay's throughput (ingest alone) and the pass-through's
     */
    Result measure(PipelineStages stages, Workload workload, int repeat) throws TimeoutException, InterruptedException {
        NewsflowConfig config = stages.config();
        Path dir = workload.dir();
        Throughput replay;
        try (Replayer replayer = stages.replayer(List.of(dir))) {
            Instant start = clock.instant();
            long records = 0;
            for (int i = 0; i < repeat; i++) {
                IngestStats stats = replayer.replay(List.of(dir), ReplayListener.NONE);
                records += stats.records();
            }
            replay = new Throughput(records, workload.contentBytes() * repeat, Duration.between(start, clock.instant()));
        }
        String applicationId = StreamsSettings.applicationId(config) + "-passthrough";
        Properties props = StreamsSettings.of(config, config.kafka().bootstrapServers());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        String raw = config.kafka().topicNames().raw();
        try (KafkaStreams streams = new KafkaStreams(topology(raw, config.kafka().topicNames().articles()), props);
             GroupProgress progress = new GroupProgress(config.kafka().bootstrapServers(), config.kafka().properties())) {
            Instant started = clock.instant();
            streams.start();
            AtomicLong firstCommitted = new AtomicLong();
            Await.until(() -> {
                firstCommitted.set(progress.committed(applicationId, raw));
                return firstCommitted.get() > 0;
            }, LIMIT, "the first commit of the pass-through");
            Instant first = clock.instant();
            Await.until(() -> progress.caughtUp(applicationId, raw), LIMIT, "the pass-through reaching the end of " + raw);
            Instant end = clock.instant();
            streams.close(Duration.ofSeconds(30));
            long records = Math.max(0, replay.records() - firstCommitted.get());
            if (records < replay.records() / 2) { // too few to time after the first commit: count the start-up too
                return new Result(replay, new Throughput(replay.records(), replay.bytes(), Duration.between(started, end)));
            }
            return new Result(replay, new Throughput(records, replay.bytes() * records / replay.records(),
                    Duration.between(first, end)));
        }
    }

    /**
     * @param replay      publishing the workload to the raw topic with ingest's replayer
     * @param passThrough the pass-through application on those records
     */
    record Result(Throughput replay, Throughput passThrough) {
    }
}
