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
import java.util.ArrayList;
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
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The limit: a Kafka Streams application that reads the raw topic and writes every record unchanged to the
 * articles topic, with the processing stage's own Streams settings (exactly_once_v2, compression, threads,
 * commit interval). The records are published first with ingest's replayer; the clock runs from the first commit
 * of the application (start-up and rebalancing left out) until its committed offsets reach the end of the raw
 * topic, and counts the records committed in between (offsets: the few commit markers count as records).
 *
 * <p>Then, on request, the same records through the processing topology's shape without its work: the
 * pass-through with {@link #PIPELINE_REPARTITIONS} repartition hops, timed until the last hop has consumed
 * everything — the rate the pipeline could reach if cleaning, deduplicating and tagging cost nothing.
 */
final class PassThrough {
    /**
     * The processing topology's whole-record repartitions: by content, by text fingerprint, by canonical URL, and
     * the article to the near-duplicate gatherer (the small near-duplicate probes, the changelogs and the
     * duplicates are left out, so the shape's rate is an upper bound).
     */
    static final int PIPELINE_REPARTITIONS = 4;
    private static final Duration LIMIT = Duration.ofMinutes(30);

    private final Clock clock;

    PassThrough(Clock clock) {
        this.clock = clock;
    }

    /** Raw in, through {@code hops} repartition topics ({@code hop-1} ...), unchanged out: bytes to bytes, no serde. */
    static Topology topology(String in, String out, int hops) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<byte[], byte[]> records = builder.stream(in,
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw"));
        for (int hop = 1; hop <= hops; hop++) {
            records = records.repartition(Repartitioned.with(Serdes.ByteArray(), Serdes.ByteArray())
                    .withName(hopName(hop)));
        }
        records.to(out, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("out"));
        return builder.build();
    }

    private static String hopName(int hop) {
        return "hop-" + hop;
    }

    /**
     * Publishes {@code workload} {@code repeat} times with the replayer, then measures the pass-through on it (a
     * pass-through is fast: repeating gives it enough records to be timed well).
     *
     * @param withShape also measure the pass-through in the processing topology's shape
     * @return the replay's throughput (ingest alone), the pass-through's and the shape's
     */
    Result measure(PipelineStages stages, Workload workload, int repeat, boolean withShape)
            throws TimeoutException, InterruptedException {
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
        Throughput passThrough = run(config, replay, "-passthrough", 0);
        Throughput shape = withShape ? run(config, replay, "-shape", PIPELINE_REPARTITIONS) : null;
        return new Result(replay, passThrough, shape);
    }

    /** Runs a pass-through with {@code hops} repartitions on the published records, from its first commit on. */
    private Throughput run(NewsflowConfig config, Throughput replay, String suffix, int hops)
            throws TimeoutException, InterruptedException {
        String applicationId = StreamsSettings.applicationId(config) + suffix;
        Properties props = StreamsSettings.of(config, config.kafka().bootstrapServers());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        String raw = config.kafka().topicNames().raw();
        List<String> consumed = new ArrayList<>(List.of(raw));
        for (int hop = 1; hop <= hops; hop++) {
            consumed.add(applicationId + "-" + hopName(hop) + "-repartition");
        }
        Topology topology = topology(raw, config.kafka().topicNames().articles(), hops);
        try (KafkaStreams streams = new KafkaStreams(topology, props);
             GroupProgress progress = new GroupProgress(config.kafka().bootstrapServers(), config.kafka().properties())) {
            Instant started = clock.instant();
            streams.start();
            AtomicLong firstCommitted = new AtomicLong();
            Await.until(() -> {
                firstCommitted.set(progress.committed(applicationId, raw));
                return firstCommitted.get() > 0;
            }, LIMIT, "the first commit of the pass-through");
            Instant first = clock.instant();
            // in order: a hop whose input is all consumed has committed all it wrote (exactly-once), so the next
            // hop's end is final when it is checked
            Await.until(() -> consumed.stream().allMatch(topic -> progress.caughtUp(applicationId, topic)), LIMIT,
                    "the pass-through reaching the end of " + consumed.get(consumed.size() - 1));
            Instant end = clock.instant();
            streams.close(Duration.ofSeconds(30));
            long records = Math.max(0, replay.records() - firstCommitted.get());
            if (records < replay.records() / 2) { // too few to time after the first commit: count the start-up too
                return new Throughput(replay.records(), replay.bytes(), Duration.between(started, end));
            }
            return new Throughput(records, replay.bytes() * records / replay.records(), Duration.between(first, end));
        }
    }

    /**
     * @param replay      publishing the workload to the raw topic with ingest's replayer
     * @param passThrough the pass-through application on those records
     * @param shape       the pass-through with the processing topology's repartitions, or null when not measured
     */
    record Result(Throughput replay, Throughput passThrough, Throughput shape) {
    }
}
