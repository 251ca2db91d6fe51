package io.newsflow.ingest.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One fetch's requests (the first and its redirects) under one total deadline: when it passes, the watchdog
 * cancels the pending request or closes the body being read, so a server that trickles bytes cannot hold a
 * fetch longer than the total timeout.
 */
final class Exchange implements AutoCloseable {
    private final AtomicBoolean expired = new AtomicBoolean();
    private final AtomicReference<Closeable> current = new AtomicReference<>();
    private final ScheduledFuture<?> alarm;

    Exchange(ScheduledExecutorService watchdog, Duration total) {
        this.alarm = watchdog.schedule(this::expire, total.toMillis(), TimeUnit.MILLISECONDS);
    }

    HttpResponse<InputStream> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofInputStream());
        current.set(() -> pending.cancel(true));
        if (expired.get()) {
            pending.cancel(true);
        }
        try {
            HttpResponse<InputStream> response = pending.get();
            watch(response.body());
            return response;
        } catch (CancellationException e) {
            throw new TimedOut();
        } catch (ExecutionException e) {
            if (expired.get()) {
                throw new TimedOut();
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Whether the total deadline passed; a body read then may have ended early and must not be used. */
    boolean expired() {
        return expired.get();
    }

    @Override
    public void close() {
        alarm.cancel(false);
    }

    private void watch(InputStream body) {
        current.set(body);
        if (expired.get()) {
            closeQuietly(body);
        }
    }

    private void expire() {
        expired.set(true);
        Closeable c = current.get();
        if (c != null) {
            closeQuietly(c);
        }
    }

    static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // closing to abandon a response: there is nothing left to do with it, and the caller reports why
        }
    }

    /** The total deadline passed. */
    static final class TimedOut extends IOException {
        private static final long serialVersionUID = 1L;

        TimedOut() {
            super("total timeout", null);
        }
    }
}
