package io.newsflow.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ctrl-C / SIGTERM handling for long-running commands: the signal asks the command to stop, and the JVM waits
 * (up to a limit) for the command's graceful shutdown — flush, commit, close — before it exits.
 */
final class Lifecycle implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);
    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(60);
    private static final Duration HEALTH_CHECK = Duration.ofMillis(500);

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;
    private final java.util.List<Runnable> onStop = new java.util.concurrent.CopyOnWriteArrayList<>();

    Lifecycle() {
        hook = new Thread(this::onSignal, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Waits until a stop signal, or until {@code failure} reports a reason to stop (a stage that died).
     *
     * @return the failure, or null when stopped by a signal
     */
    String awaitStop(Supplier<String> failure) throws InterruptedException {
        while (!stopRequested.await(HEALTH_CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
            String reason = failure.get();
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    /** Runs {@code action} when a stop signal arrives, e.g. to interrupt work the main thread is doing. */
    void onStop(Runnable action) {
        onStop.add(action);
    }

    boolean stopRequested() {
        return stopRequested.getCount() == 0;
    }

    private void onSignal() {
        LOG.info("stopping: flushing and committing");
        stopRequested.countDown();
        onStop.forEach(Runnable::run);
        try {
            if (!closed.await(SHUTDOWN_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("graceful shutdown took longer than {} s; exiting anyway", SHUTDOWN_LIMIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command has shut down: let the JVM exit. */
    @Override
    public void close() {
        closed.countDown();
        if (!stopRequested()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook will find `closed` counted down
            }
        }
    }
}
