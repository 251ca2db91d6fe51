package io.newsflow.model;

import java.time.Instant;

/**
 * A record on the duplicates topic: an article that repeats one seen earlier, and which one.
 *
 * @param article     the duplicate itself, cleaned but not tagged
 * @param duplicateOf the article that was kept (first seen wins)
 * @param similarity  1.0 for exact duplicates, the estimated Jaccard similarity for near ones
 * @param method      how it was recognised
 * @param detectedAt  when processing decided
 */
public record Duplicate(Article article, DuplicateOf duplicateOf, double similarity, DedupMethod method,
                        Instant detectedAt) {
    public Duplicate {
        Checks.notNull(article, "article");
        Checks.notNull(duplicateOf, "duplicateOf");
        Checks.notNull(method, "method");
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity must be within 0..1, was " + similarity);
        }
    }

    public String id() {
        return article.id();
    }
}
