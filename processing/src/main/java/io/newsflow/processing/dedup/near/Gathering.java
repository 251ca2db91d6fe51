package io.newsflow.processing.dedup.near;

/**
 * What the verdict gatherer knows of one article (the article itself waits beside it, as bytes).
 *
 * @param held       whether the article arrived
 * @param buckets    bucket verdicts to wait for (0 until the article arrives)
 * @param verdicts   bucket verdicts received
 * @param announced  candidates the buckets sent to the registry, whose answers to wait for
 * @param checked    registry answers received
 * @param challenges challenges the article sent, whose answers the decision gatherer waits for
 * @param beater     the best earlier near-duplicate found so far
 * @param status     pending, kept or duplicate
 */
public record Gathering(boolean held, int buckets, int verdicts, int announced, int checked, int challenges,
                        Beater beater, Status status) {
    /** Where the article stands. */
    public enum Status { PENDING, KEPT, DUPLICATE }

    static final Gathering NEW = new Gathering(false, 0, 0, 0, 0, 0, null, Status.PENDING);

    Gathering arrived(int expected) {
        return new Gathering(true, expected, verdicts, announced, checked, challenges, beater, status);
    }

    Gathering verdict(int candidates) {
        return new Gathering(held, buckets, verdicts + 1, announced + candidates, checked, challenges, beater, status);
    }

    Gathering checked(Beater found, int sent) {
        return new Gathering(held, buckets, verdicts, announced, checked + 1, challenges + sent,
                Beater.better(beater, found), status);
    }

    Gathering beatenBy(Beater challenger) {
        return new Gathering(held, buckets, verdicts, announced, checked, challenges, Beater.better(beater, challenger),
                status);
    }

    boolean complete() {
        return status == Status.PENDING && held && verdicts >= buckets && checked >= announced;
    }

    /** Only the status is kept once decided: it is all a later challenge needs. */
    Gathering decided() {
        return new Gathering(true, 0, 0, 0, 0, 0, null, beater == null ? Status.KEPT : Status.DUPLICATE);
    }
}
