package io.newsflow.processing.dedup.near;

import io.newsflow.model.Checks;

/**
 * A message to the fingerprint registry, keyed by the id of the article whose fingerprint is wanted: a
 * registration ({@code candidate} null: remember the asker), or a check of a band candidate against the asker.
 *
 * @param asker         the article that registers, or that found the candidate in one of its bands
 * @param candidate     the id of the article it collided with, or null for a registration
 * @param candidateTime the candidate's record time, to find it in the window store
 */
public record Check(NearProbe asker, String candidate, long candidateTime) {
    public Check {
        Checks.notNull(asker, "asker");
    }

    public static Check register(NearProbe article) {
        return new Check(article.registration(), null, 0);
    }

    public static Check of(NearProbe asker, String candidate, long candidateTime) {
        return new Check(asker.registration(), Checks.notBlank(candidate, "candidate"), candidateTime);
    }

    public boolean registers() {
        return candidate == null;
    }
}
