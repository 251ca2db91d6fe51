package io.newsflow.broker;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an {@link EmbeddedKafkaBroker} as a process of its own, on a fixed client port, so that a test can kill
 * and restart the broker under running clients (which keep their bootstrap address):
 * {@code java -cp newsflow.jar io.newsflow.broker.BrokerMain DATA_DIR PORT}. Prints {@code ready HOST:PORT} on
 * standard output once it takes requests, then runs until the process is stopped (SIGTERM: a clean shutdown).
 */
public final class BrokerMain {
    private BrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: BrokerMain DATA_DIR PORT");
            System.exit(2);
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]), Map.of());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "broker-shutdown"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("ready " + broker.bootstrapServers());
        stopped.await();
    }
}
