package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed on a real HTTP server on 127.0.0.1, through the whole pipeline of the built jar, to the output files. */
class WebPipelineIT {
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path work;

    private HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        byte[] feed = feed().getBytes(StandardCharsets.UTF_8);
        server.createContext("/feed.xml", exchange -> {
            hits.computeIfAbsent("/feed.xml", k -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                hits.computeIfAbsent("304", k -> new AtomicInteger()).incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            respond(exchange, "application/rss+xml", feed);
        });
        serve("/news/rates.html", "text/html; charset=utf-8", page("Central bank raises rates",
                "The central bank raised its main interest rate by a quarter point on Wednesday, its third increase "
                        + "this year, and said further moves would depend on how quickly inflation slows.",
                "Economists had expected the move after consumer prices rose faster than forecast for a second "
                        + "month, driven by energy and housing costs."));
        serve("/news/final.html", "text/html; charset=utf-8", page("Cup final goes to extra time",
                "The cup final went to extra time after a late equaliser, and the home side won it with a penalty "
                        + "in the last minute, their first trophy in eleven seasons.",
                "A sold-out stadium stayed long after the whistle as the captain lifted the trophy in the rain."));
        server.createContext("/news/moved.html", exchange -> {
            hits.computeIfAbsent("/news/moved.html", k -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().add("Location", "http://10.0.0.1/internal.html");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        serveHostile(work.resolve("secret.txt"));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldTurnAFeedsPagesIntoArticlesRefuseAPrivateRedirectAndNotRefetchOnTheNextRun() throws Exception {
        Files.createDirectories(work.resolve("in"));
        String feedUrl = base() + "/feed.xml";

        CliProcess.Result first = CliProcess.run(work, LIMIT, "run", "--once", "--input", "in", "--feed", feedUrl,
                "--allow-network", "127.0.0.1/32");

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        List<JsonNode> articles = OutputFolder.records(work.resolve("out"), "articles");
        assertThat(articles).extracting(a -> a.path("title").asText())
                .containsExactlyInAnyOrder("Central bank raises rates", "Cup final goes to extra time");
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.path("source").path("kind").asText()).isEqualTo("feed");
            assertThat(a.path("url").asText()).startsWith(base() + "/news/");
            assertThat(a.path("text").asText()).doesNotContain("Subscribe to our newsletter", "All rights reserved",
                    "Home", "cookies", "By Jane Doe");
            assertThat(a.path("authors").toString()).contains("Jane Doe");
        });
        List<JsonNode> rejected = OutputFolder.records(work.resolve("out"), "rejected");
        assertThat(rejected).singleElement().satisfies(r -> {
            assertThat(r.path("reason").asText()).isEqualTo("fetch-refused");
            assertThat(r.path("detail").asText()).contains("10.0.0.1");
        });
        int pageHits = hits.get("/news/rates.html").get() + hits.get("/news/final.html").get();
        assertThat(pageHits).isEqualTo(2);

        CliProcess.Result second = CliProcess.run(work, LIMIT, "run", "--once", "--input", "in", "--feed", feedUrl,
                "--allow-network", "127.0.0.1/32");

        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(hits.get("/news/rates.html").get() + hits.get("/news/final.html").get()).isEqualTo(pageHits);
        assertThat(hits.get("304")).as("the second poll is a conditional GET answered 304").isNotNull();
        assertThat(OutputFolder.records(work.resolve("out"), "articles")).hasSize(2);
        CliProcess.Result sources = CliProcess.run(work, LIMIT, "sources", "--feed", feedUrl);
        assertThat(sources.stdout()).contains(feedUrl).contains("polled");
    }

    /**
     * The web's bad cases through the whole pipeline, as the README promises: each refusal reaches
     * {@code out/rejected} with its reason and a detail naming the URL, a 429 with Retry-After is retried and
     * published, and nothing stops the run.
     */
    @Test
    void shouldWriteEveryRefusalToRejectedWithItsReasonAndStillPublishWhatIsFine() throws Exception {
        Files.createDirectories(work.resolve("in"));
        Path config = work.resolve("newsflow.yaml");
        Files.writeString(config, "web:\n  read-timeout: 1s\n  total-timeout: 3s\n  default-delay: 0s\n"
                + "  max-page-bytes: 1048576\n  sources:\n    - url: " + base() + "/sitemap.xml\n      type: sitemap\n");

        CliProcess.Result result = CliProcess.run(work, LIMIT, "run", "--once", "--input", "in", "--config",
                config.toString(), "--feed", base() + "/hostile.xml", "--feed", base() + "/xxe.xml",
                "--allow-network", "127.0.0.1/32");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(OutputFolder.records(work.resolve("out"), "articles")).extracting(a -> a.path("title").asText())
                .containsExactlyInAnyOrder("Busy desk answers at last", "Harbour reopens after repairs");
        Map<String, JsonNode> rejected = new HashMap<>();
        for (JsonNode r : OutputFolder.records(work.resolve("out"), "rejected")) {
            String url = r.path("source").path("url").asText();
            rejected.put(url.substring(url.indexOf('/', "http://".length())), r);
        }
        assertReason(rejected.get("/private/secret.html"), "fetch-refused", "robots.txt");
        assertReason(rejected.get("/bomb.html"), "too-large", "after decompression");
        assertReason(rejected.get("/slow.html"), "fetch-refused", "within");
        assertReason(rejected.get("/xxe.xml"), "unsupported-format", "entity");
        assertReason(rejected.get("/hop0"), "fetch-refused", "redirects");
        assertThat(rejected.toString()).doesNotContain("TOP-SECRET");
        assertThat(hits.get("/private/secret.html")).as("robots.txt is obeyed: never requested").isNull();
        assertThat(hits.get("/busy.html").get()).as("429, then retried after Retry-After").isEqualTo(2);
    }

    private static void assertReason(JsonNode rejected, String reason, String detail) {
        assertThat(rejected).as("a dead letter for it").isNotNull();
        assertThat(rejected.path("reason").asText()).as(rejected.toString()).isEqualTo(reason);
        assertThat(rejected.path("detail").asText()).contains(detail);
    }

    private void serveHostile(Path secret) throws IOException {
        Files.writeString(secret, "TOP-SECRET");
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        serve("/hostile.xml", "application/rss+xml", String.join("\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<rss version=\"2.0\"><channel><title>Hostile</title><link>" + base + "/</link>",
                "<item><title>Private</title><link>" + base + "/private/secret.html</link><guid>p</guid></item>",
                "<item><title>Bomb</title><link>" + base + "/bomb.html</link><guid>b</guid></item>",
                "<item><title>Slow</title><link>" + base + "/slow.html</link><guid>s</guid></item>",
                "<item><title>Busy</title><link>" + base + "/busy.html</link><guid>busy</guid></item>",
                "<item><title>Loop</title><link>" + base + "/hop0</link><guid>hops</guid></item>",
                "</channel></rss>"));
        serve("/xxe.xml", "application/rss+xml", String.join("\n",
                "<?xml version=\"1.0\"?>",
                "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>",
                "<rss version=\"2.0\"><channel><title>&xxe;</title>",
                "<item><title>&xxe;</title><link>" + base + "/x.html</link></item></channel></rss>"));
        serve("/sitemap.xml", "application/xml", String.join("\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
                "<url><loc>" + base + "/news/harbour.html</loc><lastmod>2026-11-20</lastmod></url>",
                "</urlset>"));
        serve("/news/harbour.html", "text/html; charset=utf-8", page("Harbour reopens after repairs",
                "The harbour reopened on Tuesday after three years of repairs, and the first ferries docked there in "
                        + "the afternoon while crowds watched from the pier.",
                "Officials said the project came in under budget, crediting a mild winter and a contractor who "
                        + "finished the breakwater two months early."));
        for (int hop = 0; hop < 8; hop++) {
            String next = base + "/hop" + (hop + 1);
            server.createContext("/hop" + hop, exchange -> {
                exchange.getResponseHeaders().add("Location", next);
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            });
        }
        byte[] bomb = gzipOfZeros(32 * 1024 * 1024);
        server.createContext("/bomb.html", exchange -> {
            hits.computeIfAbsent("/bomb.html", k -> new AtomicInteger()).incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, bomb.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bomb);
            }
        });
        server.createContext("/slow.html", exchange -> {
            hits.computeIfAbsent("/slow.html", k -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(5_000); // the server is slow on purpose; newsflow's read timeout is 1 s
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, "text/html", "<p>too late</p>".getBytes(StandardCharsets.UTF_8));
        });
        byte[] busyPage = page("Busy desk answers at last", "The newsroom's server was busy at first and asked "
                + "the crawler to come back a second later, which it did, as a polite crawler should do.",
                "The article itself is ordinary: it says that the city council approved the new budget on Monday "
                        + "after a long debate about school funding.").getBytes(StandardCharsets.UTF_8);
        server.createContext("/busy.html", exchange -> {
            int hit = hits.computeIfAbsent("/busy.html", k -> new AtomicInteger()).incrementAndGet();
            if (hit == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                exchange.sendResponseHeaders(429, -1);
                exchange.close();
                return;
            }
            respond(exchange, "text/html; charset=utf-8", busyPage);
        });
    }

    private static byte[] gzipOfZeros(int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[64 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                gzip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(String path, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            respond(exchange, type, bytes);
        });
    }

    private static void respond(HttpExchange exchange, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String feed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Local News</title><link>BASE/</link>
                <item><title>Central bank raises rates</title><link>BASE/news/rates.html?utm_source=rss</link>
                  <guid>rates</guid><pubDate>Wed, 18 Nov 2026 10:00:00 GMT</pubDate></item>
                <item><title>Cup final goes to extra time</title><link>BASE/news/final.html</link>
                  <guid>final</guid><pubDate>Wed, 18 Nov 2026 11:00:00 GMT</pubDate></item>
                <item><title>Moved</title><link>BASE/news/moved.html</link><guid>moved</guid></item>
                </channel></rss>
                """.replace("BASE", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static String page(String title, String first, String second) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>TITLE | Local News</title>
                <meta property="og:title" content="TITLE"></head><body>
                <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
                <div class="cookie-banner">We use cookies. Cookie settings. Accept all cookies.</div>
                <main><article><h1>TITLE</h1><p class="byline">By Jane Doe</p>
                <p>FIRST</p><p>SECOND</p></article></main>
                <aside class="newsletter">Subscribe to our newsletter for the best stories every morning.</aside>
                <footer>© 2026 Local News. All rights reserved.</footer></body></html>
                """.replace("TITLE", title).replace("FIRST", first).replace("SECOND", second);
    }
}
