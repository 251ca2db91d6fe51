package io.newsflow.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.config.ConfigException;
import io.newsflow.model.kafka.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoint on a real port of 127.0.0.1, with fixed content. */
class HttpEndpointIT {
    private final AtomicReference<Probe> broker = new AtomicReference<>(Probe.up("1 broker"));
    private final AtomicReference<RuntimeException> statusFailure = new AtomicReference<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpEndpoint endpoint;

    @BeforeEach
    void start() {
        endpoint = HttpEndpoint.start("127.0.0.1", 0, new EndpointContent() {
            @Override
            public HealthReport health() {
                return HealthReport.of(List.of(new HealthCheck("broker", broker::get)));
            }

            @Override
            public String metrics() {
                return "# TYPE up gauge\nup 1.0\n";
            }

            @Override
            public Object status() {
                if (statusFailure.get() != null) {
                    throw statusFailure.get();
                }
                return Map.of("role", "test");
            }
        });
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void shouldAnswerHealthWithItsStatusCode() throws Exception {
        assertThat(get("/health").statusCode()).isEqualTo(200);

        broker.set(Probe.notReady("cannot reach Kafka"));
        HttpResponse<String> ready = get("/health/ready");
        HttpResponse<String> live = get("/health/live");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(Json.mapper().readTree(ready.body()).path("checks").path("broker").path("detail").asText())
                .isEqualTo("cannot reach Kafka");
        assertThat(live.statusCode()).isEqualTo(200);
        broker.set(Probe.down("gone"));
        assertThat(get("/health/live").statusCode()).isEqualTo(503);
    }

    @Test
    void shouldServeMetricsStatusAndThePage() throws Exception {
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(metrics.body()).contains("up 1.0");
        assertThat(Json.mapper().readTree(get("/api/status").body()).path("role").asText()).isEqualTo("test");

        HttpResponse<String> page = get("/");
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'");
        assertThat(page.body()).contains("<script src=\"status.js\" defer></script>");
        assertThat(get("/status.js").body()).contains("api/status");
        assertThat(get("/status.css").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseUnknownPathsAndMethods() throws Exception {
        assertThat(get("/../pom.xml").statusCode()).isEqualTo(404);
        assertThat(get("/status/index.html").statusCode()).isEqualTo(404);
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/health"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void shouldAnswer500WhenTheContentFailsAndKeepServing() throws Exception {
        statusFailure.set(new IllegalStateException("no status"));
        HttpResponse<String> failed = get("/api/status");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("no status");
        statusFailure.set(null);
        assertThat(get("/api/status").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNameTheSettingWhenThePortIsTaken() {
        assertThatThrownBy(() -> HttpEndpoint.start("127.0.0.1", endpoint.port(), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HttpEndpoint.start("127.0.0.1", endpoint.port(), new EndpointContent() {
            @Override
            public HealthReport health() {
                return HealthReport.of(List.of());
            }

            @Override
            public String metrics() {
                return "";
            }

            @Override
            public Object status() {
                return Map.of();
            }
        })).isInstanceOf(ConfigException.class).hasMessageContaining("http.port")
                .hasMessageContaining("127.0.0.1:" + endpoint.port());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + endpoint.port() + path);
    }
}
