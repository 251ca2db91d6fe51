package io.newsflow.processing.dedup.near;

/**
 * What a band bucket sends on: a check of one candidate (to the registry), or the verdict of the bucket (to the
 * verdict gatherer). Exactly one is set.
 *
 * @param check   a candidate to confirm
 * @param verdict how many candidates the bucket found for the article
 */
public record BandOutput(Check check, NearMessage verdict) {
    public BandOutput {
        if ((check == null) == (verdict == null)) {
            throw new IllegalArgumentException("a band output is a check or a verdict");
        }
    }

    static BandOutput of(Check check) {
        return new BandOutput(check, null);
    }

    static BandOutput of(NearMessage verdict) {
        return new BandOutput(null, verdict);
    }
}
