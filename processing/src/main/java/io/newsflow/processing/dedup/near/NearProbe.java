package io.newsflow.processing.dedup.near;

import io.newsflow.model.Checks;
import io.newsflow.model.DuplicateOf;

/**
 * An article as near-duplicate detection carries it: small, so that the full article is never re-read on the way.
 * Sent to each LSH band bucket with the bands of that bucket, and once (without bands) to the fingerprint
 * registry keyed by its id, where candidates are confirmed.
 *
 * @param id          the article's id
 * @param time        its record time (event time); with the id, the order that decides which came first
 * @param urlHash     a hash of its canonical URL (0 when it has none): the same URL is an update, not a copy
 * @param self        the article as a {@code duplicateOf}
 * @param fingerprint what is compared
 * @param bucket      the band bucket this probe visits, or {@link #REGISTRATION} for the registry
 * @param bands       the band hashes in that bucket (band index included), empty for the registry
 */
public record NearProbe(String id, long time, long urlHash, DuplicateOf self, NearFingerprint fingerprint,
                        int bucket, long[] bands) {
    /** The bucket of a probe that registers the article's fingerprint. */
    public static final int REGISTRATION = -1;

    public NearProbe {
        Checks.notBlank(id, "id");
        Checks.notNull(self, "self");
        Checks.notNull(fingerprint, "fingerprint");
        Checks.notNull(bands, "bands");
    }

    public NearProbe inBucket(int newBucket, long[] newBands) {
        return new NearProbe(id, time, urlHash, self, fingerprint, newBucket, newBands);
    }

    /** This article without band hashes: what the registry keeps and what a check carries. */
    public NearProbe registration() {
        return inBucket(REGISTRATION, new long[0]);
    }

    public boolean registers() {
        return bucket == REGISTRATION;
    }

    /** Whether this article comes first: earlier time, then the smaller id. The same answer everywhere. */
    public boolean before(NearProbe other) {
        return time < other.time || time == other.time && id.compareTo(other.id) < 0;
    }

    public boolean sameUrl(NearProbe other) {
        return urlHash != 0 && urlHash == other.urlHash;
    }

    public Beater asBeater(double similarity) {
        return new Beater(self, time, similarity);
    }
}
