package io.newsflow.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsflow.ingest.fetch.ContentKind;
import io.newsflow.ingest.fetch.FetchRequest;
import io.newsflow.ingest.fetch.FetchResponse;
import io.newsflow.ingest.fetch.Fetcher;
import io.newsflow.ingest.fetch.UrlGuard;
import io.newsflow.model.Checks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each host's robots.txt rules, fetched when first needed and again once {@code cacheFor} has passed; at most
 * {@link #MAX_HOSTS} hosts are kept (least recently used go first). Per RFC 9309: a robots.txt that is missing
 * (4xx) allows everything; a server error or an unreachable host disallows everything until it is fetched again,
 * which happens after {@link #RETRY_UNREACHABLE} rather than the full cache time.
 */
public final class RobotsCache {
    private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);
    public static final int MAX_HOSTS = 10_000;
    public static final Duration RETRY_UNREACHABLE = Duration.ofMinutes(10);

    private final Fetcher fetcher;
    private final String agentName;
    private final Duration cacheFor;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Entry> hosts = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_HOSTS;
        }
    };

    /**
     * @param fetcher   fetches robots.txt (with its own address checks, but no robots guard)
     * @param agentName the crawler's name as robots.txt groups name it ("newsflow")
     */
    public RobotsCache(Fetcher fetcher, String agentName, Duration cacheFor, Clock clock) {
        this.fetcher = Checks.notNull(fetcher, "fetcher");
        this.agentName = Checks.notBlank(agentName, "agentName").toLowerCase(Locale.ROOT);
        this.cacheFor = Checks.notNull(cacheFor, "cacheFor");
        this.clock = Checks.notNull(clock, "clock");
    }

    /** A guard that refuses URLs their host's robots.txt disallows. */
    public UrlGuard guard() {
        return uri -> allowed(uri) ? Optional.empty()
                : Optional.of(new UrlGuard.Refusal("robots.txt of " + origin(uri) + " disallows it"));
    }

    public boolean allowed(URI uri) {
        return rules(uri).isAllowed(uri.toString());
    }

    /** The host's crawl-delay, when its robots.txt sets one for this crawler. */
    public Optional<Duration> crawlDelay(URI uri) {
        long millis = rules(uri).getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0 ? Optional.empty()
                : Optional.of(Duration.ofMillis(millis));
    }

    /** The host's crawl-delay if its robots.txt is cached and sets one; never fetches. */
    public synchronized Optional<Duration> knownCrawlDelay(URI uri) {
        Entry entry = hosts.get(origin(Checks.notNull(uri, "uri")));
        long millis = entry == null ? BaseRobotRules.UNSET_CRAWL_DELAY : entry.rules.getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0 ? Optional.empty()
                : Optional.of(Duration.ofMillis(millis));
    }

    /** The cached rules of {@code uri}'s host, fetched first when missing or expired. */
    public synchronized BaseRobotRules rules(URI uri) {
        String origin = origin(Checks.notNull(uri, "uri"));
        Instant now = clock.instant();
        Entry entry = hosts.get(origin);
        if (entry == null || !now.isBefore(entry.expiresAt)) {
            entry = fetch(origin, now);
            hosts.put(origin, entry);
        }
        return entry.rules;
    }

    private Entry fetch(String origin, Instant now) {
        URI robots = URI.create(origin + "/robots.txt");
        FetchResponse response = fetcher.fetch(FetchRequest.of(robots, ContentKind.ROBOTS));
        if (response instanceof FetchResponse.Fetched f) {
            return new Entry(parser.parseContent(robots.toString(), f.body(), f.mediaType(), List.of(agentName)),
                    now.plus(cacheFor));
        }
        if (response instanceof FetchResponse.Refused r && r.status() >= 400 && r.status() < 500) {
            return new Entry(parser.failedFetch(r.status()), now.plus(cacheFor)); // no robots.txt: all allowed
        }
        LOG.info("robots.txt of {} could not be read ({}); its URLs wait until it can", origin, describe(response));
        int status = response instanceof FetchResponse.RetryLater r && r.status() > 0 ? r.status() : 503;
        return new Entry(parser.failedFetch(status), now.plus(RETRY_UNREACHABLE));
    }

    private static String describe(FetchResponse response) {
        if (response instanceof FetchResponse.Refused r) {
            return r.detail();
        }
        return response instanceof FetchResponse.RetryLater r ? r.detail() : response.getClass().getSimpleName();
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private record Entry(BaseRobotRules rules, Instant expiresAt) {
    }
}
