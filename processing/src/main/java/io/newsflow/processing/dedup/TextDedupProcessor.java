package io.newsflow.processing.dedup;

import io.newsflow.model.Article;
import io.newsflow.model.DedupMethod;
import io.newsflow.model.Duplicate;
import io.newsflow.processing.Step;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Exact duplicates of the cleaned text, keyed by its fingerprint: the same article body under another site's
 * template or another headline. First seen wins.
 */
public final class TextDedupProcessor extends KeyedDedupProcessor {
    public TextDedupProcessor(String storeName, Duration window, Clock clock) {
        super(storeName, window, clock);
    }

    @Override
    Step<Article> decide(String fingerprint, Article article, long timestamp) {
        Optional<SeenArticle> first = seen.first(fingerprint, timestamp);
        if (first.isPresent()) {
            return Step.duplicate(new Duplicate(article, first.get().asDuplicateOf(), 1.0, DedupMethod.EXACT_TEXT,
                    clock.instant()));
        }
        seen.remember(fingerprint, SeenArticle.of(article), timestamp);
        return Step.next(article);
    }
}
