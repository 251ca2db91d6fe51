package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.kafka.Json;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A continuous {@code newsflow run} of the built jar with its HTTP endpoint, on the seeds plus a copy of one seed
 * (a duplicate), a binary file (a rejection) and a feed on 127.0.0.1 whose one item redirects to a private address
 * (a fetch error): the status page in a real headless Chromium, {@code /metrics} scraped and parsed,
 * {@code /health}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusPageIT {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @TempDir
    static Path work;

    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer feedServer;
    private String feedUrl;
    private CliProcess running;
    private int port;
    private List<String> titles;

    @BeforeAll
    void runThePipeline() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(seed, in.resolve(seed.getFileName()));
            }
        }
        Files.copy(SEEDS.resolve("000_df965513c80b0924.txt"), in.resolve("copy-of-000.txt"));
        Files.write(in.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        startFeedServer();
        port = freePort();
        running = CliProcess.start(work, "run", "--input", "in", "--http-port", String.valueOf(port),
                "--feed", feedUrl, "--allow-network", "127.0.0.1/32");
        awaitOutputs();
        titles = OutputFolder.records(work.resolve("out"), "articles").stream().map(a -> a.path("title").asText())
                .toList();
    }

    @AfterAll
    void stop() throws Exception {
        if (running != null) {
            running.terminate();
            CliProcess.Result stopped = running.awaitExit(LIMIT);
            assertThat(stopped.exitCode()).as(stopped.stderr()).isIn(0, 143);
        }
        if (feedServer != null) {
            feedServer.stop(0);
        }
    }

    @Test
    void shouldShowTheArticlesOnTheLiveStatusPageInABrowser() throws Exception {
        Chromium chromium = Chromium.required();
        String served = get("/").body();
        assertThat(titles).hasSize(5).allSatisfy(title -> assertThat(served).doesNotContain(title));

        long started = System.nanoTime();
        Document dom = Jsoup.parse(chromium.dumpDom(url("/"), work.resolve("chromium-profile"), Duration.ofSeconds(10)));
        System.out.printf("StatusPageIT: chromium loaded and rendered the page in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);

        assertThat(dom.select("#articles li.article .title").eachText()).containsExactlyInAnyOrderElementsOf(titles);
        assertThat(dom.select("#articles li.article .tag.category").eachText())
                .hasSize(5).allSatisfy(category -> assertThat(category).isIn("politics", "world"));
        assertThat(dom.select("#articles li.article").first().select(".tag").size()).isGreaterThan(2);
        assertThat(dom.selectFirst("#health").text()).isEqualTo("healthy");
        assertThat(dom.selectFirst("#totals").text()).isEqualTo("5 · 1 · 2");
        assertThat(dom.select("#reasons tbody tr").eachText()).containsExactlyInAnyOrder("rejected binary-content 1",
                "rejected fetch-refused 1", "duplicate exact-text 1");
        assertThat(dom.select("#sources tbody tr td.url").eachText()).singleElement()
                .satisfies(source -> assertThat(source).endsWith(feedUrl));
        assertThat(dom.select("#sources tbody tr td:nth-child(3)").eachText())
                .singleElement().satisfies(lastPoll -> assertThat(lastPoll).endsWith("ago"));
        assertThat(dom.select("#lag tbody tr td:first-child").eachText())
                .containsExactlyInAnyOrder("newsflow-processing", "newsflow-sink");
        assertThat(dom.select("#checks tbody tr td:first-child").eachText())
                .containsExactly("broker", "ingest", "web", "processing", "sink");
        Element problem = dom.selectFirst("#problem");
        assertThat(problem.hasAttr("hidden")).as(problem.text()).isTrue();
    }

    @Test
    void shouldServePrometheusMetricsOfEveryStage() throws Exception {
        HttpResponse<String> response = get("/metrics");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        PrometheusText metrics = awaitMetrics(m -> m.value("newsflow_consumer_lag_records",
                "group", "newsflow-sink", "topic", "newsflow.articles").orElse(-1.0) == 0);

        assertThat(metrics.value("newsflow_ingest_records_total", "outcome", "accepted")).hasValue(6.0);
        assertThat(metrics.value("newsflow_ingest_records_total", "outcome", "rejected")).hasValue(1.0);
        assertThat(metrics.value("newsflow_processing_records_consumed_total", "topic", "newsflow.raw")).hasValue(6.0);
        assertThat(metrics.value("newsflow_processing_state", "state", "RUNNING")).hasValue(1.0);
        assertThat(metrics.value("newsflow_output_records_total", "topic", "articles")).hasValue(5.0);
        assertThat(metrics.value("newsflow_output_records_total", "topic", "duplicates")).hasValue(1.0);
        assertThat(metrics.value("newsflow_duplicates_total", "method", "exact-text")).hasValue(1.0);
        assertThat(metrics.value("newsflow_rejected_total", "stage", "ingest", "reason", "binary-content")).hasValue(1.0);
        assertThat(metrics.value("newsflow_rejected_total", "stage", "ingest", "reason", "fetch-refused")).hasValue(1.0);
        assertThat(metrics.value("newsflow_fetch_errors_total", "host", "127.0.0.1")).hasValue(1.0);
        assertThat(metrics.value("newsflow_web_polls_total", "outcome", "ok")).get().matches(polls -> polls >= 1);
        assertThat(metrics.value("newsflow_web_pages_total", "outcome", "rejected")).hasValue(1.0);
        assertThat(metrics.value("newsflow_web_source_last_poll_seconds", "source", feedUrl, "host", "127.0.0.1"))
                .get().matches(time -> time > 1.7e9);
        assertThat(metrics.value("newsflow_sink_records_total", "topic", "newsflow.articles")).hasValue(5.0);
        assertThat(metrics.value("newsflow_sink_files_total")).get().matches(files -> files >= 3);
        assertThat(metrics.value("newsflow_end_to_end_latency_seconds_count", "topic", "articles")).hasValue(5.0);
        assertThat(metrics.value("newsflow_end_to_end_latency_seconds_bucket", "topic", "articles", "le", "+Inf"))
                .hasValue(5.0);
        assertThat(metrics.value("newsflow_consumer_lag_records", "group", "newsflow-processing", "topic",
                "newsflow.raw")).hasValue(0.0);
        assertThat(metrics.value("jvm_memory_used_bytes", "area", "heap")).get().matches(bytes -> bytes > 0);
        assertThat(metrics.value("process_uptime_seconds")).isPresent();
    }

    @Test
    void shouldReportHealthyWhenEveryStageRuns() throws Exception {
        HttpResponse<String> response = get("/health");
        JsonNode health = Json.mapper().readTree(response.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(health.path("live").asBoolean()).isTrue();
        assertThat(health.path("checks").path("processing").path("detail").asText()).contains("RUNNING");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
        JsonNode status = Json.mapper().readTree(get("/api/status").body());
        assertThat(status.path("role").asText()).isEqualTo("run");
        assertThat(status.path("latest").size()).isEqualTo(5);
    }

    private void awaitOutputs() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        Path out = work.resolve("out");
        while (OutputFolder.records(out, "articles").size() < 5 || OutputFolder.records(out, "duplicates").isEmpty()
                || OutputFolder.records(out, "rejected").size() < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no outputs within " + LIMIT + "; stderr:\n" + running.stderrSoFar());
            }
            Thread.sleep(200);
        }
    }

    private PrometheusText awaitMetrics(Predicate<PrometheusText> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            PrometheusText metrics = PrometheusText.parse(get("/metrics").body());
            if (ready.test(metrics) || System.nanoTime() > deadline) {
                return metrics;
            }
            Thread.sleep(500);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A feed whose one item redirects to a private address: the fetcher refuses it (fetch-refused). */
    private void startFeedServer() throws IOException {
        feedServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + feedServer.getAddress().getPort();
        feedUrl = base + "/feed.xml";
        byte[] feed = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Local</title>"
                + "<link>" + base + "/</link><item><title>Moved</title><link>" + base + "/moved.html</link>"
                + "<guid>moved</guid></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
        feedServer.createContext("/feed.xml", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, feed.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(feed);
            }
        });
        feedServer.createContext("/moved.html", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.0.0.1/internal.html");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        feedServer.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
