package io.newsflow.model.config;

import java.time.Duration;

/**
 * The HTTP endpoint each newsflow process serves: {@code /health}, {@code /metrics} and the live status page.
 *
 * @param port           the TCP port; 0 disables the endpoint
 * @param host           the address to listen on: {@code 127.0.0.1} (this machine only) or {@code 0.0.0.0} (every
 *                       interface, as in a container)
 * @param latestArticles how many of the newest articles the status page lists
 * @param stuckAfter     the sink is reported stuck (not ready) when records wait for it and it has written none for
 *                       this long
 */
public record HttpSettings(int port, String host, int latestArticles, Duration stuckAfter) {
    public static final HttpSettings DEFAULT = new HttpSettings(8080, "127.0.0.1", 20, Duration.ofMinutes(2));

    public HttpSettings {
        if (port < 0 || port > 65_535) {
            throw new ConfigException("http.port must be within 0..65535 (0 disables), was " + port);
        }
        host = host == null || host.isBlank() ? DEFAULT.host() : host.trim();
        if (latestArticles < 1 || latestArticles > 1_000) {
            throw new ConfigException("http.latest-articles must be within 1..1000, was " + latestArticles);
        }
        if (stuckAfter == null || stuckAfter.isNegative() || stuckAfter.isZero()) {
            throw new ConfigException("http.stuck-after must be positive, was " + stuckAfter);
        }
    }

    public boolean enabled() {
        return port != 0;
    }
}
