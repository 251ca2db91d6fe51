package io.newsflow.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A Kafka node in a JVM of its own ({@code io.newsflow.broker.BrokerMain}), on a fixed port and data directory. */
final class BrokerProcess {
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Path work;
    private final String name;
    private final List<String> args;
    private StageProcess process;

    /** {@code args}: BrokerMain's, after the data directory {@code work/name} and the port. */
    BrokerProcess(Path work, String name, int port, List<String> args) {
        this.work = work;
        this.name = name;
        this.args = new ArrayList<>(List.of(work.resolve(name).toString(), String.valueOf(port)));
        this.args.addAll(args);
    }

    /** Starts the node without waiting: a broker of a cluster waits for its controller, so nodes start together. */
    BrokerProcess launch() throws IOException {
        process = StageProcess.main(work, name, "io.newsflow.broker.BrokerMain", args);
        return this;
    }

    /** Waits until the node prints {@code ready HOST:PORT}; returns that address. */
    String awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (!process.stdout().startsWith("ready ")) {
            if (!process.alive() || System.nanoTime() > deadline) {
                throw new AssertionError(name + " did not start within " + START_LIMIT + ": " + process.stderrTail());
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return process.stdout().substring("ready ".length()).trim();
    }

    /** SIGKILL; returns the exit code. */
    int kill() throws InterruptedException {
        return process.kill();
    }

    /** At the end of a test: SIGKILL if it runs (its data is thrown away). */
    void killIfAlive() throws InterruptedException {
        if (process != null && process.alive()) {
            process.kill();
        }
    }
}
