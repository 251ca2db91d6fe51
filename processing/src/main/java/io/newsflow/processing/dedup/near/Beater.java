package io.newsflow.processing.dedup.near;

import io.newsflow.model.DuplicateOf;

/**
 * An article an article is a near-duplicate of.
 *
 * @param of         the earlier article
 * @param time       its record time
 * @param similarity how alike the two are
 */
public record Beater(DuplicateOf of, long time, double similarity) {
    /** The better of two: the more similar, then the earlier. */
    public static Beater better(Beater a, Beater b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.similarity != b.similarity) {
            return a.similarity > b.similarity ? a : b;
        }
        return a.time <= b.time ? a : b;
    }
}
