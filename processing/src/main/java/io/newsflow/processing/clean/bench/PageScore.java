package io.newsflow.processing.clean.bench;

import java.util.OptionalDouble;

/**
 * One page's shingle counts against its truth.
 *
 * @param truePositives  shingles both in the prediction and in the truth (multiset overlap)
 * @param falsePositives predicted shingles not in the truth
 * @param falseNegatives true shingles not predicted
 */
public record PageScore(int truePositives, int falsePositives, int falseNegatives) {
    /** Precision; empty when the prediction has no shingles (an empty prediction costs recall only). */
    public OptionalDouble precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Recall; empty when the truth has no shingles. */
    public OptionalDouble recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    private static OptionalDouble ratio(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(part / (double) whole);
    }
}
