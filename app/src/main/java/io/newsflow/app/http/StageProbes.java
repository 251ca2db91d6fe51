package io.newsflow.app.http;

import io.newsflow.app.metrics.SinkWatch;
import io.newsflow.sink.SinkException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.KafkaStreams;

/** Health of each stage, from what the stage exposes. */
final class StageProbes {
    private StageProbes() {
    }

    /** A continuous loop (folder scans, web polls): DOWN once it stopped on a fatal error. */
    static Probe loop(CompletableFuture<Void> failure, String running) {
        Throwable cause = failure.handle((ok, error) -> error).getNow(null);
        if (cause != null) {
            return Probe.down("stopped: " + cause.getMessage());
        }
        return failure.isDone() ? Probe.down("stopped") : Probe.up(running);
    }

    /** Kafka Streams: UP when RUNNING, NOT_READY while starting or rebalancing, DOWN when failed or stopping. */
    static Probe streams(KafkaStreams.State state) {
        return switch (state) {
            case RUNNING -> Probe.up("Kafka Streams RUNNING");
            case CREATED, REBALANCING -> Probe.notReady("Kafka Streams " + state);
            case PENDING_SHUTDOWN, NOT_RUNNING, PENDING_ERROR, ERROR -> Probe.down("Kafka Streams " + state);
        };
    }

    /** The sink: DOWN when it stopped on an error, NOT_READY when records wait and it writes none. */
    static Probe sink(Optional<SinkException> failure, SinkWatch watch, long lag) {
        if (failure.isPresent()) {
            return Probe.down("stopped: " + failure.get().getMessage());
        }
        if (watch.stuck()) {
            return Probe.notReady("stuck: " + lag + " records waiting, none written for "
                    + watch.stalledFor().toSeconds() + " s");
        }
        return Probe.up(lag + " records waiting");
    }
}
