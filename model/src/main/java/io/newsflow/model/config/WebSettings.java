package io.newsflow.model.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Web ingest: the sources it polls and how it fetches. Every size is counted after decompression.
 *
 * @param sources          the feeds, sitemaps and pages to poll
 * @param sourcesFile      a YAML file with more sources ({@code sources: [...]}, same form as {@code web.sources}),
 *                         read again every {@code sources-reload}, so sources can be added without a restart;
 *                         null for none
 * @param sourcesReload    how often {@code sources-file} is checked for changes
 * @param allowNetworks    CIDR blocks that may be fetched although they are loopback, private, link-local or
 *                         otherwise internal ({@code 127.0.0.1/32}); public addresses are always allowed
 * @param userAgent        the product part of the User-Agent header
 * @param contactUrl       a URL where site owners learn about the crawler or reach its operator, added to the
 *                         User-Agent; set it for any real deployment
 * @param defaultInterval  how often a source without its own interval is polled
 * @param minInterval      the shortest poll interval, whatever a source or feed says
 * @param maxInterval      the longest poll interval a feed's ttl or a Retry-After can ask for
 * @param defaultDelay     the pause between two requests to one host when its robots.txt sets no crawl-delay
 * @param maxDelay         the longest crawl-delay honoured; a longer one is cut to this
 * @param connectTimeout   connecting to a server
 * @param readTimeout      waiting for the response's headers
 * @param totalTimeout     the whole request, body included
 * @param maxPageBytes     the largest page, feed or sitemap read
 * @param maxRedirects     redirects followed per request (each hop is checked again)
 * @param maxAttempts      attempts at a page that answers 429, 503 or fails to connect, before it is rejected
 * @param robotsCacheFor   how long a host's robots.txt is trusted before it is fetched again
 * @param rememberFor      how long a fetched page's URL is remembered so it is not fetched again
 * @param maxItemsPerPoll  the most new items fetched from one feed or sitemap in one poll (newest first)
 * @param instanceIndex    this instance's number, 0-based, when several instances split the sources
 * @param instanceCount    how many instances split the sources: each polls the sources whose URL hashes to its
 *                         index
 */
public record WebSettings(
        List<WebSource> sources,
        Path sourcesFile,
        Duration sourcesReload,
        List<String> allowNetworks,
        String userAgent,
        String contactUrl,
        Duration defaultInterval,
        Duration minInterval,
        Duration maxInterval,
        Duration defaultDelay,
        Duration maxDelay,
        Duration connectTimeout,
        Duration readTimeout,
        Duration totalTimeout,
        long maxPageBytes,
        int maxRedirects,
        int maxAttempts,
        Duration robotsCacheFor,
        Duration rememberFor,
        int maxItemsPerPoll,
        int instanceIndex,
        int instanceCount) {

    public static final WebSettings DEFAULT = new WebSettings(List.of(), null, Duration.ofMinutes(1), List.of(),
            "newsflow/0.1", "", Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(24),
            Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(60), 8L * 1024 * 1024, 5, 4, Duration.ofHours(24), Duration.ofDays(30), 200, 0, 1);

    public WebSettings {
        sources = sources == null ? List.of() : List.copyOf(sources);
        sourcesReload = positive(sourcesReload, "web.sources-reload");
        allowNetworks = allowNetworks == null ? List.of() : List.copyOf(allowNetworks);
        userAgent = userAgent == null || userAgent.isBlank() ? "newsflow/0.1" : userAgent.trim();
        contactUrl = contactUrl == null ? "" : contactUrl.trim();
        defaultInterval = positive(defaultInterval, "web.default-interval");
        minInterval = positive(minInterval, "web.min-interval");
        maxInterval = positive(maxInterval, "web.max-interval");
        if (maxInterval.compareTo(minInterval) < 0) {
            throw new ConfigException("web.max-interval must be at least web.min-interval, was " + maxInterval);
        }
        defaultDelay = notNegative(defaultDelay, "web.default-delay");
        maxDelay = notNegative(maxDelay, "web.max-delay");
        connectTimeout = positive(connectTimeout, "web.connect-timeout");
        readTimeout = positive(readTimeout, "web.read-timeout");
        totalTimeout = positive(totalTimeout, "web.total-timeout");
        atLeast(maxPageBytes, 1024, "web.max-page-bytes");
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new ConfigException("web.max-redirects must be within 0..20, was " + maxRedirects);
        }
        atLeast(maxAttempts, 1, "web.max-attempts");
        robotsCacheFor = positive(robotsCacheFor, "web.robots-cache-for");
        rememberFor = positive(rememberFor, "web.remember-for");
        atLeast(maxItemsPerPoll, 1, "web.max-items-per-poll");
        atLeast(instanceCount, 1, "web.instance-count");
        if (instanceIndex < 0 || instanceIndex >= instanceCount) {
            throw new ConfigException("web.instance-index must be within 0.." + (instanceCount - 1) + ", was "
                    + instanceIndex);
        }
    }

    /** The User-Agent header: the product, then the contact URL when one is set. */
    public String userAgentHeader() {
        return contactUrl.isEmpty() ? userAgent : userAgent + " (+" + contactUrl + ")";
    }

    public WebSettings withSources(List<WebSource> newSources) {
        return new WebSettings(newSources, sourcesFile, sourcesReload, allowNetworks, userAgent, contactUrl,
                defaultInterval, minInterval, maxInterval, defaultDelay, maxDelay, connectTimeout, readTimeout,
                totalTimeout, maxPageBytes, maxRedirects, maxAttempts, robotsCacheFor, rememberFor, maxItemsPerPoll,
                instanceIndex, instanceCount);
    }

    public WebSettings withAllowNetworks(List<String> networks) {
        return new WebSettings(sources, sourcesFile, sourcesReload, networks, userAgent, contactUrl,
                defaultInterval, minInterval, maxInterval, defaultDelay, maxDelay, connectTimeout, readTimeout,
                totalTimeout, maxPageBytes, maxRedirects, maxAttempts, robotsCacheFor, rememberFor, maxItemsPerPoll,
                instanceIndex, instanceCount);
    }

    private static Duration positive(Duration d, String key) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new ConfigException(key + " must be positive, was " + d);
        }
        return d;
    }

    private static Duration notNegative(Duration d, String key) {
        if (d == null || d.isNegative()) {
            throw new ConfigException(key + " can't be negative, was " + d);
        }
        return d;
    }

    private static void atLeast(long value, long min, String key) {
        if (value < min) {
            throw new ConfigException(key + " must be " + min + " or more, was " + value);
        }
    }
}
