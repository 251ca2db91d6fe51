package io.newsflow.app.metrics;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The host of a URL, as a metric label; {@code unknown} for what is not a URL with a host. */
final class Hosts {
    static final String UNKNOWN = "unknown";

    private Hosts() {
    }

    static String of(String url) {
        if (url == null) {
            return UNKNOWN;
        }
        try {
            String host = new URI(url.trim()).getHost();
            return host == null ? UNKNOWN : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return UNKNOWN; // policy: a label, not a validation; the record itself says what was wrong
        }
    }
}
