package io.newsflow.processing.dedup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical form of an article URL for duplicate detection: scheme and host lower-cased, default ports, the
 * fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, ...) removed. Other query
 * parameters keep their order, since some sites route articles by them.
 */
public final class CanonicalUrls {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid",
            "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "cmpid", "ocid", "ncid", "smid", "soc_src", "soc_trk",
            "spm", "__twitter_impression", "at_medium", "at_campaign", "mkt_tok");

    private CanonicalUrls() {
    }

    /** The canonical URL, or empty when the text is not an absolute http(s) URL. */
    public static Optional<String> canonicalise(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getRawAuthority() == null
                    || uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = withoutTracking(uri.getRawQuery());
            return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                    + (query.isEmpty() ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
