package io.newsflow.processing.dedup;

import io.newsflow.model.Article;
import io.newsflow.model.DedupMethod;
import io.newsflow.model.Duplicate;
import io.newsflow.processing.Step;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Articles keyed by canonical URL. The same URL with the same text is a duplicate; with changed text it is an
 * update, emitted as the next version, never dropped.
 */
public final class UrlVersionProcessor extends KeyedDedupProcessor {
    public UrlVersionProcessor(String storeName, Duration window, Clock clock) {
        super(storeName, window, clock);
    }

    @Override
    Step<Article> decide(String url, Article article, long timestamp) {
        Optional<SeenArticle> latest = seen.latest(url, timestamp);
        if (latest.isPresent() && latest.get().fingerprint().equals(article.fingerprint())) {
            return Step.duplicate(new Duplicate(article, latest.get().asDuplicateOf(), 1.0, DedupMethod.CANONICAL_URL,
                    clock.instant()));
        }
        Article versioned = latest.map(l -> article.toBuilder().version(l.version() + 1).build()).orElse(article);
        seen.remember(url, SeenArticle.of(versioned), timestamp);
        return Step.next(versioned);
    }
}
