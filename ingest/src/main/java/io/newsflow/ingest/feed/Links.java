package io.newsflow.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Absolute http(s) links from what feeds write. */
public final class Links {
    private Links() {
    }

    /** {@code href} resolved against {@code base}, when the result is an http or https URL. */
    public static Optional<String> absolute(URI base, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = base.resolve(new URI(href.trim().replace(" ", "%20")));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri.toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty(); // a link that is not a URL cannot be fetched; the item is counted as skipped
        }
    }
}
