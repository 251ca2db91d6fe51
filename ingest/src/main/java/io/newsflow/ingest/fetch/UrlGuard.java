package io.newsflow.ingest.fetch;

import java.net.URI;
import java.util.Optional;

/** A check every URL passes before it is requested, including every redirect target. */
@FunctionalInterface
public interface UrlGuard {
    /** Why {@code uri} may not be requested, or empty when it may. */
    Optional<Refusal> check(URI uri);

    /** A guard that allows everything. */
    UrlGuard NONE = uri -> Optional.empty();

    default UrlGuard and(UrlGuard next) {
        return uri -> check(uri).or(() -> next.check(uri));
    }

    /**
     * Why a URL is refused.
     *
     * @param reason e.g. "robots.txt disallows it"
     */
    record Refusal(String reason) {
    }
}
