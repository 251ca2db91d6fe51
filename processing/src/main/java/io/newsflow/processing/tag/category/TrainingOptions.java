package io.newsflow.processing.tag.category;

/**
 * How {@link CategoryTrainer} builds a model.
 *
 * @param smoothing            additive (Lidstone) smoothing of the per-label term weights; small values trust the
 *                             data, large ones pull every label toward the average
 * @param minDocumentFrequency terms seen in fewer training texts are left out of the vocabulary
 * @param uniformPriors        true gives every label the same prior, so a label that dominates the training data
 *                             (HuffPost's POLITICS) does not win every close call on other news
 * @param sharpness            multiplies the unit-length document vector before the softmax; higher makes the
 *                             scores more confident (the ranking does not change)
 * @param complement           true trains Complement Naive Bayes (each label's weights come from the texts of
 *                             every other label, Rennie et al. 2003), which copes better with labels of very
 *                             different sizes
 */
public record TrainingOptions(double smoothing, int minDocumentFrequency, boolean uniformPriors, double sharpness,
                              boolean complement) {
    public static final TrainingOptions DEFAULT = new TrainingOptions(0.2, 2, true, 4.0, true);

    public TrainingOptions {
        if (!(smoothing > 0)) {
            throw new IllegalArgumentException("smoothing must be positive, was " + smoothing);
        }
        if (minDocumentFrequency < 1) {
            throw new IllegalArgumentException("minDocumentFrequency must be 1 or more, was " + minDocumentFrequency);
        }
        if (!(sharpness > 0)) {
            throw new IllegalArgumentException("sharpness must be positive, was " + sharpness);
        }
    }
}
