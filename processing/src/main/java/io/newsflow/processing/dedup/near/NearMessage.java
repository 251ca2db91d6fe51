package io.newsflow.processing.dedup.near;

import io.newsflow.model.Checks;
import io.newsflow.model.DuplicateOf;

/**
 * A message to the gatherers, keyed by the id of the article it is about.
 *
 * @param kind    what it says
 * @param id      the article it is about
 * @param time    that article's record time
 * @param count   buckets to wait for ({@link Kind#HELD}), candidates sent to the registry ({@link Kind#VERDICT}),
 *                challenges sent ({@link Kind#CHECKED}), answers to wait for ({@link Kind#DECISION})
 * @param beater  the earlier near-duplicate found, the challenger ({@link Kind#CHALLENGE}) or the kept article
 *                ({@link Kind#ANSWER}); may be null
 * @param self    the challenged article as a {@code duplicateOf} ({@link Kind#CHALLENGE}), else null
 * @param article the article in the stage's internal layout ({@link Kind#HELD}, {@link Kind#DECISION}), else
 *                null: it is carried as bytes and read once, when it leaves the stage
 */
public record NearMessage(Kind kind, String id, long time, int count, Beater beater, DuplicateOf self,
                          byte[] article) {
    /** What a message says. */
    public enum Kind {
        /** The article, waiting for its band verdicts. */
        HELD,
        /** One band bucket's verdict on the article: how many candidates it sent to the registry. */
        VERDICT,
        /** The registry's answer on one candidate: the earlier near-duplicate it confirmed, if any. */
        CHECKED,
        /** An earlier article reached a band after this one: this one is its duplicate, unless already kept. */
        CHALLENGE,
        /** All buckets and candidates answered: the article and its near-duplicate, if any. */
        DECISION,
        /** The answer to one of the article's challenges: the kept article it is a duplicate of, if any. */
        ANSWER
    }

    public NearMessage {
        Checks.notNull(kind, "kind");
        Checks.notBlank(id, "id");
    }

    public static NearMessage held(String id, long time, byte[] article, int buckets) {
        return new NearMessage(Kind.HELD, id, time, buckets, null, null, Checks.notNull(article, "article"));
    }

    public static NearMessage verdict(String id, long time, int candidates) {
        return new NearMessage(Kind.VERDICT, id, time, candidates, null, null, null);
    }

    public static NearMessage checked(String id, long time, Beater earlier, int challenges) {
        return new NearMessage(Kind.CHECKED, id, time, challenges, earlier, null, null);
    }

    public static NearMessage challenge(NearProbe challenged, Beater challenger) {
        return new NearMessage(Kind.CHALLENGE, challenged.id(), challenged.time(), 0, challenger, challenged.self(),
                null);
    }

    public static NearMessage decision(String id, long time, byte[] article, Beater beater, int challenges) {
        return new NearMessage(Kind.DECISION, id, time, challenges, beater, null, article);
    }

    public static NearMessage answer(String id, long time, Beater keptDuplicateOf) {
        return new NearMessage(Kind.ANSWER, id, time, 0, keptDuplicateOf, null, null);
    }

    /** A decision that waits for no answer: it can leave the stage at once. */
    public boolean settled() {
        return kind == Kind.DECISION && count <= 0;
    }
}
