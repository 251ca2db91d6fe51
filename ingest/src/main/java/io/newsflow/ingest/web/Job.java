package io.newsflow.ingest.web;

import java.net.URI;
import java.time.Instant;

/** A request the crawler has to make, due at an instant, to one host. */
sealed interface Job {
    URI uri();

    Instant due();

    /** Poll a source's URL. */
    record Poll(SourceRun run, URI uri, Instant due) implements Job {
    }

    /** Read a sitemap listed by a sitemap index. */
    record Listing(Round round, URI uri, Instant due) implements Job {
    }

    /** Fetch a listed page; {@code attempt} counts from 1. */
    record Page(Round round, Lead lead, URI uri, Instant due, int attempt) implements Job {
    }
}
