package io.newsflow.ingest.fetch;

import io.newsflow.model.Checks;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RejectReason;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** What came of a fetch. Every outcome is one of these; the fetcher never throws for what a server does. */
public sealed interface FetchResponse {

    /** The URL that was asked for, before any redirect. */
    URI requested();

    /**
     * A 2xx response with its body, read whole within the size cap and decompressed.
     *
     * @param finalUri  the URL after redirects
     * @param headers   the response headers that matter downstream, by lower-case name
     * @param mediaType the Content-Type without parameters, lower case; empty when the server sent none
     * @param charset   the Content-Type's charset; null when none was declared
     */
    record Fetched(URI requested, URI finalUri, int status, Map<String, String> headers, byte[] body,
                   String mediaType, Charset charset, Validators validators) implements FetchResponse {
        public Fetched {
            Checks.notNull(finalUri, "finalUri");
            headers = Map.copyOf(headers);
            Checks.notNull(body, "body");
            mediaType = mediaType == null ? "" : mediaType;
            validators = validators == null ? Validators.NONE : validators;
        }
    }

    /** 304: unchanged since the validators sent. */
    record NotModified(URI requested, Validators validators) implements FetchResponse {
    }

    /**
     * A transient failure worth trying again: 429, 503 or another 5xx, or a refused connection.
     *
     * @param status     the HTTP status, 0 when there was no response
     * @param retryAfter the server's Retry-After, when it sent one
     */
    record RetryLater(URI requested, int status, Optional<Duration> retryAfter, String detail)
            implements FetchResponse {
    }

    /**
     * A refusal by policy (scheme, address, robots.txt, redirects, timeouts, size, content type, charset) or a
     * permanent HTTP error: becomes a rejected record.
     *
     * @param status the HTTP status, 0 when there was no response
     * @param detail names the URL and says why
     */
    record Refused(URI requested, RejectReason reason, String detail, InputCopy input, int status)
            implements FetchResponse {
        public Refused {
            Checks.notNull(reason, "reason");
            Checks.notNull(detail, "detail");
            input = input == null ? InputCopy.of(new byte[0]) : input;
        }
    }
}
