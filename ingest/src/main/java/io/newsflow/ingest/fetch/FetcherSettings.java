package io.newsflow.ingest.fetch;

import io.newsflow.model.Checks;
import io.newsflow.model.config.WebSettings;
import java.time.Duration;

/**
 * How {@link SafeFetcher} fetches.
 *
 * @param policy         which addresses may be connected to
 * @param userAgent      the User-Agent header
 * @param connectTimeout connecting
 * @param readTimeout    waiting for the response headers
 * @param totalTimeout   the whole request, redirects and body included
 * @param maxBytes       the largest body, after decompression
 * @param maxRedirects   redirects followed
 */
public record FetcherSettings(AddressPolicy policy, String userAgent, Duration connectTimeout, Duration readTimeout,
                              Duration totalTimeout, long maxBytes, int maxRedirects) {
    public FetcherSettings {
        Checks.notNull(policy, "policy");
        Checks.notBlank(userAgent, "userAgent");
        Checks.notNull(connectTimeout, "connectTimeout");
        Checks.notNull(readTimeout, "readTimeout");
        Checks.notNull(totalTimeout, "totalTimeout");
        Checks.positive(maxBytes, "maxBytes");
    }

    public static FetcherSettings of(WebSettings web) {
        Checks.notNull(web, "web");
        return new FetcherSettings(AddressPolicy.allowing(web.allowNetworks()), web.userAgentHeader(),
                web.connectTimeout(), web.readTimeout(), web.totalTimeout(), web.maxPageBytes(), web.maxRedirects());
    }
}
