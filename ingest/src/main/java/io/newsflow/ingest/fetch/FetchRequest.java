package io.newsflow.ingest.fetch;

import io.newsflow.model.Checks;
import java.net.URI;

/**
 * One GET.
 *
 * @param uri        what to fetch
 * @param kind       what is expected, for the Accept header and the content-type check
 * @param validators from the previous response, to make the GET conditional
 * @param guard      checks the URL and each redirect target, beyond the fetcher's own scheme and address checks
 */
public record FetchRequest(URI uri, ContentKind kind, Validators validators, UrlGuard guard) {
    public FetchRequest {
        Checks.notNull(uri, "uri");
        Checks.notNull(kind, "kind");
        validators = validators == null ? Validators.NONE : validators;
        guard = guard == null ? UrlGuard.NONE : guard;
    }

    public static FetchRequest of(URI uri, ContentKind kind) {
        return new FetchRequest(uri, kind, Validators.NONE, UrlGuard.NONE);
    }
}
