package io.newsflow.ingest.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.ingest.fetch.Validators;
import io.newsflow.model.Checks;
import java.time.Instant;
import java.util.List;

/**
 * One key of the fetch-state topic: a fetched page ({@code page <url>}) or a polled source ({@code source <url>}).
 *
 * @param fetchedAt  when it was fetched
 * @param outcome    {@code published}, {@code rejected} or {@code polled}
 * @param validators the response's ETag and Last-Modified (sources and page sources)
 * @param itemIds    for a source: the ids of the items it listed at that poll
 * @param nextPollAt for a source: when it is due again
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FetchStateEntry(Instant fetchedAt, String outcome, Validators validators, List<String> itemIds,
                              Instant nextPollAt) {
    public FetchStateEntry {
        Checks.notNull(fetchedAt, "fetchedAt");
        Checks.notBlank(outcome, "outcome");
        validators = validators == null ? Validators.NONE : validators;
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    }

    public static FetchStateEntry page(Instant at, String outcome) {
        return new FetchStateEntry(at, outcome, Validators.NONE, List.of(), null);
    }
}
