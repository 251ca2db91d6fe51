package io.newsflow.ingest.feed;

import io.newsflow.model.Checks;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A parsed feed.
 *
 * @param format      which dialect it was
 * @param title       the feed's title, or null
 * @param items       items with a usable link, in document order (usually newest first)
 * @param skipped     items without a usable link (counted, not fetched)
 * @param updateEvery how often the feed says it changes ({@code ttl}, {@code sy:updatePeriod}/
 *                    {@code sy:updateFrequency}), when it says
 */
public record Feed(FeedFormat format, String title, List<FeedItem> items, int skipped,
                   Optional<Duration> updateEvery) {
    public Feed {
        Checks.notNull(format, "format");
        items = List.copyOf(Checks.notNull(items, "items"));
        updateEvery = updateEvery == null ? Optional.empty() : updateEvery;
    }
}
