package io.newsflow.ingest.fetch;

/** Fetches one URL. Implementations never throw for what a server does: every outcome is a response. */
@FunctionalInterface
public interface Fetcher {
    FetchResponse fetch(FetchRequest request);
}
