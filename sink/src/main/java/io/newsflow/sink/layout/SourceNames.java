package io.newsflow.sink.layout;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The name of an article's source for {@code source=} folders: the host of its URL without {@code www.}, else
 * the first folder of its input file's path, else its kind ({@code file}, {@code topic}, ...).
 */
final class SourceNames {
    private SourceNames() {
    }

    static Optional<String> of(JsonNode source) {
        return host(source.path("url").asText(""))
                .or(() -> firstFolder(source.path("path").asText("")))
                .or(() -> Optional.of(source.path("kind").asText("")).filter(k -> !k.isBlank()));
    }

    private static Optional<String> host(String url) {
        if (url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = new URI(url.trim()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            String lower = host.toLowerCase(Locale.ROOT);
            return Optional.of(lower.startsWith("www.") ? lower.substring(4) : lower);
        } catch (URISyntaxException e) {
            return Optional.empty(); // not a URL: the path or kind names the source instead
        }
    }

    /** {@code "reuters/2026/a.txt"} is from {@code reuters}; a file at the top of its input has no folder. */
    private static Optional<String> firstFolder(String path) {
        String normalised = path.replace('\\', '/');
        int slash = normalised.indexOf('/');
        return slash <= 0 ? Optional.empty() : Optional.of(normalised.substring(0, slash));
    }
}
