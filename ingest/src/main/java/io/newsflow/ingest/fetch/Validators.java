package io.newsflow.ingest.fetch;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What makes a GET conditional: the server's ETag and Last-Modified from the previous response.
 *
 * @param etag         sent back as {@code If-None-Match}; null when the server gave none
 * @param lastModified sent back as {@code If-Modified-Since}, as the server wrote it; null when it gave none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
