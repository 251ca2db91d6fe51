package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
        serve("/feed.xml", "application/rss+xml", feed());
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
        assertThat(OutputFolder.records(work.resolve("out"), "articles")).hasSize(2);
        CliProcess.Result sources = CliProcess.run(work, LIMIT, "sources", "--feed", feedUrl);
        assertThat(sources.stdout()).contains(feedUrl).contains("polled");
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
