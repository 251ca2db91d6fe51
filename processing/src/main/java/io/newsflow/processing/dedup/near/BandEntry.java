package io.newsflow.processing.dedup.near;

import io.newsflow.model.Article;
import io.newsflow.model.DuplicateOf;
import io.newsflow.model.Source;

/**
 * An article as an LSH band remembers it: who it is, its time, and its fingerprint to confirm candidates.
 *
 * @param id           the article's id
 * @param time         its record time (event time); with the id, the order that decides which came first
 * @param source       where it came from, for {@code duplicateOf}
 * @param url          its URL, for {@code duplicateOf}
 * @param canonicalUrl its canonical URL: changed text under the same one is an update, not a near-duplicate
 * @param fingerprint  what is compared
 */
public record BandEntry(String id, long time, Source source, String url, String canonicalUrl,
                        NearFingerprint fingerprint) {
    public static BandEntry of(Article article, long time, NearFingerprint fingerprint) {
        return new BandEntry(article.id(), time, article.source(), article.url(), article.canonicalUrl(), fingerprint);
    }

    /** Whether this entry comes first: earlier time, then the smaller id. The same answer on every band. */
    public boolean before(BandEntry other) {
        return time < other.time || time == other.time && id.compareTo(other.id) < 0;
    }

    public boolean sameUrl(BandEntry other) {
        return canonicalUrl != null && canonicalUrl.equals(other.canonicalUrl);
    }

    public Beater asBeater(double similarity) {
        return new Beater(new DuplicateOf(id, source, url), time, similarity);
    }
}
