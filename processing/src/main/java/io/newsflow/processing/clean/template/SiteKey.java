package io.newsflow.processing.clean.template;

import io.newsflow.model.Checks;
import io.newsflow.model.RawArticle;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The site an article belongs to, the key its template statistics are kept under: the host of its URL (lower
 * case, without {@code www.}), else, for a file, {@code "folder:"} and the name of the folder that holds it (a
 * folder of one site's articles). Empty when neither is known: such an article is cleaned without a template.
 */
public final class SiteKey {
    private SiteKey() {
    }

    public static Optional<String> of(RawArticle raw) {
        Checks.notNull(raw, "raw");
        Optional<String> host = host(raw.url());
        if (host.isEmpty() && raw.source() != null) {
            host = host(raw.source().url());
        }
        return host.isPresent() ? host : folder(raw.source() == null ? null : raw.source().path());
    }

    static Optional<String> host(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            String h = host.toLowerCase(Locale.ROOT);
            return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    static Optional<String> folder(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        try {
            Path parent = Path.of(path).getParent();
            Path name = parent == null ? null : parent.getFileName();
            return name == null ? Optional.empty() : Optional.of("folder:" + name);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
