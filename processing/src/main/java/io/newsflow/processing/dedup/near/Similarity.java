package io.newsflow.processing.dedup.near;

/**
 * How alike two texts are, and the verdict at a threshold.
 *
 * @param jaccard     estimated Jaccard similarity of the shingle sets
 * @param containment estimated share of the smaller text's shingles found in the larger
 * @param salient     estimated share of the names and numbers of the text with fewer found in the other
 * @param score       the similarity the threshold applies to
 * @param duplicate   whether the texts are near-duplicates
 * @param reason      why, in a few words
 */
public record Similarity(double jaccard, double containment, double salient, double score, boolean duplicate,
                         String reason) {
    Similarity withVerdict(String why) {
        return new Similarity(jaccard, containment, salient, score, NearDuplicatePolicy.DUPLICATE.equals(why), why);
    }
}
