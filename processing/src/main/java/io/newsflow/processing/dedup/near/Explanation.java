package io.newsflow.processing.dedup.near;

import java.util.List;
import java.util.Locale;

/**
 * Why two texts are or are not near-duplicates.
 *
 * @param similarity     the estimates and the verdict, as the stream decides
 * @param exactJaccard   the exact Jaccard similarity of the two shingle sets, to judge the estimate
 * @param shinglesA      distinct shingles in the first text
 * @param shinglesB      distinct shingles in the second text
 * @param sharedShingles shingles in both
 * @param sharedSample   a few of the shared shingles
 * @param bandCollisions the LSH bands in which the two texts collide (candidates need at least one)
 * @param threshold      the configured threshold
 */
public record Explanation(Similarity similarity, double exactJaccard, int shinglesA, int shinglesB,
                          int sharedShingles, List<String> sharedSample, List<Integer> bandCollisions,
                          double threshold) {
    public Explanation {
        sharedSample = List.copyOf(sharedSample);
        bandCollisions = List.copyOf(bandCollisions);
    }

    /** Whether the stream would find the pair: the verdict is duplicate and at least one band collides. */
    public boolean nearDuplicate() {
        return similarity.duplicate() && !bandCollisions.isEmpty();
    }

    /** A few lines for a terminal. */
    public String describe() {
        return String.format(Locale.ROOT, """
                verdict:          %s (%s)
                similarity:       %.3f (threshold %.2f)
                jaccard:          %.3f estimated, %.3f exact
                containment:      %.3f estimated
                names & numbers:  %.3f alike
                shingles:         %d and %d, %d shared, e.g. %s
                band collisions:  %d %s
                """, nearDuplicate() ? "near-duplicate" : "different", similarity.reason(), similarity.score(),
                threshold, similarity.jaccard(), exactJaccard, similarity.containment(), similarity.salient(),
                shinglesA, shinglesB, sharedShingles, sharedSample, bandCollisions.size(), bandCollisions);
    }
}
