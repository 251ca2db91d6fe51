package io.newsflow.ingest.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form of a URL under which a page is remembered: scheme and host lower case, default port and fragment
 * dropped, an empty path made {@code /}, and tracking parameters removed ({@code utm_*}, {@code fbclid},
 * {@code gclid} and the like); other parameters keep their order.
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid",
            "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
            "vero_id", "wickedid", "ncid", "cmpid", "at_medium", "at_campaign");

    private UrlCanonicalizer() {
    }

    /** The canonical form; the input unchanged when it is not a hierarchical URL. */
    public static String canonical(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.isOpaque() || uri.getHost() == null) {
                return url.trim();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = query(uri.getRawQuery());
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 || defaultPort ? "" : ":" + port)
                    + path + (query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url.trim(); // not a URL we can take apart: remembered as written
        }
    }

    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : raw.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
