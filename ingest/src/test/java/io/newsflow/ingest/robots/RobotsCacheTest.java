package io.newsflow.ingest.robots;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.fetch.FetchResponse;
import io.newsflow.ingest.fetch.Fetcher;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.model.RejectReason;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.newsflow.testkit.MutableClock;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {
    private final List<URI> fetched = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-03T10:00:00Z"));
    private FetchResponse answer = robots("User-agent: *\nDisallow: /private/\n\nUser-agent: newsflow\n"
            + "Disallow: /no-bots/\nCrawl-delay: 7\n");
    private final Fetcher fetcher = request -> {
        fetched.add(request.uri());
        return answer;
    };
    private final RobotsCache cache = new RobotsCache(fetcher, "newsflow", Duration.ofHours(24), clock);

    @Test
    void shouldFetchRobotsTxtOncePerHostUntilItExpires() {
        assertThat(cache.allowed(URI.create("http://a.example/news/1.html"))).isTrue();
        assertThat(cache.allowed(URI.create("http://a.example/no-bots/2.html"))).isFalse();
        assertThat(cache.allowed(URI.create("http://b.example:8080/x"))).isTrue();
        assertThat(fetched).containsExactly(URI.create("http://a.example/robots.txt"),
                URI.create("http://b.example:8080/robots.txt"));

        clock.advance(Duration.ofHours(25));
        cache.allowed(URI.create("http://a.example/news/3.html"));

        assertThat(fetched).hasSize(3);
    }

    @Test
    void shouldHonourTheCrawlDelayOfItsOwnGroup() {
        URI page = URI.create("http://a.example/news/1.html");
        assertThat(cache.knownCrawlDelay(page)).isEmpty(); // nothing fetched yet: never fetches by itself

        assertThat(cache.crawlDelay(page)).contains(Duration.ofSeconds(7));
        assertThat(cache.knownCrawlDelay(page)).contains(Duration.ofSeconds(7));
    }

    @Test
    void shouldAllowAllWithoutRobotsTxtAndNothingWhileTheServerFails() {
        answer = new FetchResponse.Refused(URI.create("http://a.example/robots.txt"), RejectReason.FETCH_REFUSED,
                "HTTP 404", null, 404);
        assertThat(cache.allowed(URI.create("http://a.example/private/1.html"))).isTrue();

        answer = new FetchResponse.RetryLater(URI.create("http://c.example/robots.txt"), 503, Optional.empty(), "503");
        assertThat(cache.allowed(URI.create("http://c.example/news/1.html"))).isFalse();
        assertThat(cache.guard().check(URI.create("http://c.example/news/1.html"))).isPresent();

        clock.advance(RobotsCache.RETRY_UNREACHABLE);
        answer = robots("User-agent: *\nAllow: /\n");
        assertThat(cache.allowed(URI.create("http://c.example/news/1.html"))).isTrue();
    }

    private static FetchResponse robots(String text) {
        URI uri = URI.create("http://a.example/robots.txt");
        return new FetchResponse.Fetched(uri, uri, 200, Map.of(), text.getBytes(StandardCharsets.UTF_8), "text/plain",
                null, Validators.NONE);
    }
}
