package io.newsflow.ingest.web;

import io.newsflow.model.config.WebSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One source's live state in the crawler. Guarded by the crawler's lock. */
final class SourceRun {
    WebSource source;
    String status = "new";
    String detail;
    Instant lastPollAt;
    Instant nextPollAt;
    int itemsNew;
    int itemsSeen;
    long totalNew;
    long polls;
    long pollsDone;
    int failures;
    boolean removed;
    Optional<Duration> feedHint = Optional.empty();

    SourceRun(WebSource source, Instant due) {
        this.source = source;
        this.nextPollAt = due;
    }

    String url() {
        return source.url();
    }

    SourceStatus snapshot() {
        return new SourceStatus(source.url(), source.type(), source.siteName(), status, detail, lastPollAt,
                nextPollAt, itemsNew, itemsSeen, totalNew, polls, failures);
    }
}
