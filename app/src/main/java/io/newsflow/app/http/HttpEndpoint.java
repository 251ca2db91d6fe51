package io.newsflow.app.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.app.metrics.ProcessMetrics;
import io.newsflow.model.Checks;
import io.newsflow.model.config.ConfigException;
import io.newsflow.model.kafka.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoint on the JDK's built-in server (GET and HEAD only):
 * <ul>
 *   <li>{@code /health}, {@code /health/ready}: the health report as JSON, 200 when ready, else 503</li>
 *   <li>{@code /health/live}: the same report, 200 when live (no check DOWN), else 503</li>
 *   <li>{@code /metrics}: Prometheus text</li>
 *   <li>{@code /api/status}: the status page's data as JSON</li>
 *   <li>{@code /} and {@code /status.js}, {@code /status.css}: the status page</li>
 * </ul>
 */
public final class HttpEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoint.class);
    private static final Map<String, String> PAGE = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/status.js", "status.js",
            "/status.css", "status.css");
    private static final String JSON = "application/json; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private HttpEndpoint(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Listens on {@code host:port} and serves {@code content}.
     *
     * @throws ConfigException when the port is taken or the host is not an address of this machine
     */
    public static HttpEndpoint start(String host, int port, EndpointContent content) {
        Checks.notNull(content, "content");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(Checks.notBlank(host, "host"), port), 32);
        } catch (BindException e) {
            throw new ConfigException("http.port: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another port with --http-port or http.port, or 0 to serve no HTTP", e);
        } catch (IOException e) {
            throw new ConfigException("http.host: cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "newsflow-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, content));
        server.start();
        LOG.info("serving the status page, /health and /metrics at http://{}:{}/", host, server.getAddress().getPort());
        return new HttpEndpoint(server, executor);
    }

    /** The port listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void handle(HttpExchange exchange, EndpointContent content) {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "GET or HEAD only\n");
                return;
            }
            route(exchange, exchange.getRequestURI().getPath(), content);
        } catch (IOException e) {
            LOG.debug("HTTP client went away: {}", e.getMessage()); // policy: nobody left to answer
        } catch (RuntimeException e) {
            LOG.warn("HTTP {} failed: {}", exchange.getRequestURI(), e.toString());
            internalError(exchange, e);
        } finally {
            exchange.close();
        }
    }

    /** Policy: a failure while answering is a 500 with its message, unless the response has begun. */
    private static void internalError(HttpExchange exchange, RuntimeException e) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            send(exchange, 500, "text/plain; charset=utf-8", "internal error: " + e.getMessage() + "\n");
        } catch (IOException gone) {
            LOG.debug("HTTP client went away: {}", gone.getMessage());
        }
    }

    private static void route(HttpExchange exchange, String path, EndpointContent content) throws IOException {
        switch (path) {
            case "/health", "/health/ready" -> health(exchange, content.health(), true);
            case "/health/live" -> health(exchange, content.health(), false);
            case "/metrics" -> send(exchange, 200, ProcessMetrics.CONTENT_TYPE, content.metrics());
            case "/api/status" -> send(exchange, 200, JSON, Json.mapper().writeValueAsString(content.status()));
            default -> page(exchange, path);
        }
    }

    private static void health(HttpExchange exchange, HealthReport report, boolean readiness) throws IOException {
        boolean ok = readiness ? report.ready() : report.live();
        send(exchange, ok ? 200 : 503, JSON, Json.mapper().writeValueAsString(report));
    }

    private static void page(HttpExchange exchange, String path) throws IOException {
        String file = PAGE.get(path);
        if (file == null) {
            send(exchange, 404, "text/plain; charset=utf-8", "not found: " + path + "\n");
            return;
        }
        try (InputStream in = HttpEndpoint.class.getResourceAsStream("/status/" + file)) {
            if (in == null) {
                throw new IllegalStateException("status/" + file + " is missing from the jar");
            }
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
            send(exchange, 200, contentType(file), in.readAllBytes());
        }
    }

    private static String contentType(String file) {
        if (file.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return file.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
    }

    private static void send(HttpExchange exchange, int code, String type, String body) throws IOException {
        send(exchange, code, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(code, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
