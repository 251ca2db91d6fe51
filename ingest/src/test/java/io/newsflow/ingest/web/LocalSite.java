package io.newsflow.ingest.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on 127.0.0.1 serving fixtures, counting requests per path. */
final class LocalSite implements AutoCloseable {
    private final HttpServer server;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final Map<String, String> lastUserAgent = new ConcurrentHashMap<>();

    LocalSite() {
        // the JDK server writes headers and body apart; without TCP_NODELAY each response waits out delayed ACKs
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base() + path;
    }

    int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    int totalHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    void route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            hits.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
            lastUserAgent.put(exchange.getRequestURI().getPath(),
                    String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
            try (exchange) {
                handler.handle(exchange);
            }
        });
    }

    /** Serves a fixture from {@code web/}, with BASE replaced by this site's base URL. */
    void fixture(String path, String fixture, String contentType) {
        byte[] body = fixture(fixture).replace("BASE", base()).getBytes(StandardCharsets.UTF_8);
        route(path, ex -> send(ex, 200, contentType, body));
    }

    /** Serves a fixture with an ETag, answering 304 to a matching If-None-Match. */
    void etagged(String path, String fixture, String contentType, String etag) {
        byte[] body = fixture(fixture).replace("BASE", base()).getBytes(StandardCharsets.UTF_8);
        route(path, ex -> {
            ex.getResponseHeaders().add("ETag", etag);
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                send(ex, 200, contentType, body);
            }
        });
    }

    /** An article page whose title and canonical path are {@code title} and the path. */
    void article(String path, String title) {
        byte[] body = articleHtml(path, title);
        route(path, ex -> send(ex, 200, "text/html; charset=utf-8", body));
    }

    static byte[] articleHtml(String path, String title) {
        return fixture("article.html").replace("TITLE", title).replace("PATH", path.replace("/", "_"))
                .getBytes(StandardCharsets.UTF_8);
    }

    void redirect(String path, String location) {
        route(path, ex -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(302, -1);
        });
    }

    /** Declares gzip and sends {@code megabytes} MiB of spaces compressed (about 1 KB per MiB). */
    void gzipBomb(String path, int megabytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
            gz.write("<html><body>".getBytes(StandardCharsets.UTF_8));
            byte[] mib = new byte[1024 * 1024];
            java.util.Arrays.fill(mib, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                gz.write(mib);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = compressed.toByteArray();
        route(path, ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, "text/html", body);
        });
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static String fixture(String name) {
        try (InputStream in = LocalSite.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture web/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
