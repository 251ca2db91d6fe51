package io.newsflow.app.bench;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Polls a condition with a deadline: the benchmark's only way of waiting. */
final class Await {
    static final Duration EVERY = Duration.ofMillis(50);

    private Await() {
    }

    /**
     * Returns as soon as {@code condition} holds, checking every 50 ms.
     *
     * @throws TimeoutException naming {@code what} when it does not hold within {@code limit}
     */
    static void until(BooleanSupplier condition, Duration limit, String what) throws TimeoutException,
            InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException(what + " did not happen within " + limit.toSeconds() + " s");
            }
            Thread.sleep(EVERY.toMillis());
        }
    }
}
