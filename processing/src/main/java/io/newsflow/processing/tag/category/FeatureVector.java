package io.newsflow.processing.tag.category;

import io.newsflow.processing.tag.text.Terms;
import java.util.Map;

/**
 * A text as the model sees it: for each known term, {@code log(1 + tf) · idf}, scaled to unit length (L2).
 * The sub-linear term frequency and the length normalisation make a 900-word article and a 15-word headline
 * comparable; the IDF down-weights terms that occur everywhere (Rennie et al. 2003, "Tackling the Poor
 * Assumptions of Naive Bayes Text Classifiers", sections 4.1–4.3).
 */
record FeatureVector(int[] indices, double[] weights) {

    static FeatureVector of(String text, Vocabulary vocabulary) {
        return of(Terms.counts(text), vocabulary);
    }

    static FeatureVector of(Map<String, Integer> counts, Vocabulary vocabulary) {
        int[] indices = new int[counts.size()];
        double[] weights = new double[counts.size()];
        int n = 0;
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int i = vocabulary.indexOf(e.getKey());
            if (i >= 0) {
                double w = Math.log1p(e.getValue()) * vocabulary.idf(i);
                indices[n] = i;
                weights[n++] = w;
                norm += w * w;
            }
        }
        return new FeatureVector(java.util.Arrays.copyOf(indices, n), scale(weights, n, norm));
    }

    private static double[] scale(double[] weights, int n, double squaredNorm) {
        double[] out = java.util.Arrays.copyOf(weights, n);
        double norm = Math.sqrt(squaredNorm);
        for (int i = 0; i < n && norm > 0; i++) {
            out[i] /= norm;
        }
        return out;
    }

    boolean isEmpty() {
        return indices.length == 0;
    }
}
