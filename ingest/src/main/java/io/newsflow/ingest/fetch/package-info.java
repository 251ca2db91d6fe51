/**
 * Fetching URLs safely: {@link io.newsflow.ingest.fetch.SafeFetcher} on {@code java.net.http.HttpClient}, with
 * every redirect hop checked by {@link io.newsflow.ingest.fetch.UrlGuard}s (scheme and
 * {@link io.newsflow.ingest.fetch.AddressPolicy}, robots.txt), timeouts, a size cap counted after decompression,
 * and content-type checks. Every outcome is a value ({@link io.newsflow.ingest.fetch.FetchResponse}); nothing a
 * server sends makes it throw. {@link io.newsflow.ingest.fetch.Backoff} and
 * {@link io.newsflow.ingest.fetch.RetryAfter} say when to try again.
 */
package io.newsflow.ingest.fetch;
