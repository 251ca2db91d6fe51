package io.newsflow.processing.dedup.near;

import io.newsflow.model.Article;
import io.newsflow.model.DuplicateOf;

/**
 * What the verdict gatherer knows of one article.
 *
 * @param article    the article while its verdicts are gathered, null once decided
 * @param self       the article as a {@code duplicateOf}, kept after the decision to answer challenges
 * @param bands      verdicts to wait for (0 until the article arrives)
 * @param answered   verdicts received
 * @param challenges challenges the article sent, whose answers the decision gatherer waits for
 * @param beater     the best earlier near-duplicate found so far
 * @param status     pending, kept or duplicate
 */
public record Gathering(Article article, DuplicateOf self, int bands, int answered, int challenges, Beater beater,
                        Status status) {
    /** Where the article stands. */
    public enum Status { PENDING, KEPT, DUPLICATE }

    static final Gathering NEW = new Gathering(null, null, 0, 0, 0, null, Status.PENDING);

    Gathering held(Article a, int expected) {
        return new Gathering(a, new DuplicateOf(a.id(), a.source(), a.url()), expected, answered, challenges, beater,
                status);
    }

    Gathering verdict(Beater found, int sent) {
        return new Gathering(article, self, bands, answered + 1, challenges + sent, Beater.better(beater, found),
                status);
    }

    Gathering beatenBy(Beater challenger) {
        return new Gathering(article, self, bands, answered, challenges, Beater.better(beater, challenger), status);
    }

    boolean complete() {
        return status == Status.PENDING && article != null && answered >= bands;
    }

    Gathering decided() {
        return new Gathering(null, self, bands, answered, challenges, beater,
                beater == null ? Status.KEPT : Status.DUPLICATE);
    }
}
