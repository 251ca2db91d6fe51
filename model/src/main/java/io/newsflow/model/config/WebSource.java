package io.newsflow.model.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One web source: a feed, a sitemap or a single page.
 *
 * @param url      the http or https URL of the feed, sitemap or page
 * @param type     what the URL points at; default {@code feed}
 * @param siteName the publication's name, recorded with every article; may be empty
 * @param interval how often it is polled; null uses {@code web.default-interval}. A feed's own {@code ttl} or
 *                 {@code sy:updatePeriod} and a server's {@code Retry-After} can only lengthen it
 * @param tags     free labels recorded with every article of the source
 */
public record WebSource(String url, WebSourceType type, String siteName, Duration interval, List<String> tags) {
    public WebSource {
        if (url == null || url.isBlank()) {
            throw new ConfigException("web source url can't be empty");
        }
        url = url.trim();
        checkHttp(url);
        type = type == null ? WebSourceType.FEED : type;
        siteName = siteName == null ? "" : siteName.trim();
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            throw new ConfigException("web source " + url + ": interval must be positive, was " + interval);
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A feed with the default interval, no site name and no tags, as {@code newsflow run --feed URL} makes. */
    public static WebSource feed(String url) {
        return new WebSource(url, WebSourceType.FEED, "", null, List.of());
    }

    public Duration intervalOr(Duration fallback) {
        return interval == null ? fallback : interval;
    }

    private static void checkHttp(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ConfigException("web source " + url + ": only absolute http and https URLs are fetched");
            }
        } catch (URISyntaxException e) {
            throw new ConfigException("web source " + url + ": not a valid URL: " + e.getMessage(), e);
        }
    }
}
