package io.newsflow.processing.tag.category;

import io.newsflow.model.Checks;
import io.newsflow.processing.tag.TermStatistics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained multinomial Naive Bayes category model. Immutable and thread-safe.
 * {@link #scores} gives every label a probability (0..1, summing to 1).
 */
public final class CategoryModel {
    /** Classpath location of the shipped model (10 news categories, trained from the HuffPost headlines). */
    public static final String DEFAULT_RESOURCE = "/io/newsflow/processing/tag/category-default.model";

    private final List<String> labels;
    private final double[] logPriors;
    private final Vocabulary vocabulary;
    private final float[][] logLikelihoods;
    private final double sharpness;

    CategoryModel(List<String> labels, double[] logPriors, Vocabulary vocabulary, float[][] logLikelihoods,
                  double sharpness) {
        this.labels = List.copyOf(labels);
        this.logPriors = logPriors.clone();
        this.vocabulary = vocabulary;
        this.logLikelihoods = logLikelihoods;
        this.sharpness = sharpness;
    }

    /** Loads the model shipped on the classpath. */
    public static CategoryModel loadDefault() {
        try (InputStream in = CategoryModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default category model missing from the classpath: "
                        + DEFAULT_RESOURCE);
            }
            return CategoryModelFile.read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("can't read default category model " + DEFAULT_RESOURCE, e);
        }
    }

    /** Loads a model file written by {@link #save}. */
    public static CategoryModel load(Path file) {
        return CategoryModelFile.load(Checks.notNull(file, "file"));
    }

    /** Writes the model to {@code file} (gzip'd binary). */
    public void save(Path file) {
        CategoryModelFile.save(this, Checks.notNull(file, "file"));
    }

    public List<String> labels() {
        return labels;
    }

    /** Every label with its probability for {@code text}, in label order. */
    public Map<String, Double> scores(String text) {
        double[] logits = logits(FeatureVector.of(Checks.notNull(text, "text"), vocabulary));
        return toProbabilities(logits);
    }

    /**
     * The same scores from the text's term counts ({@link io.newsflow.processing.tag.text.Terms#counts}), for a
     * caller that counted them already.
     */
    public Map<String, Double> scores(Map<String, Integer> termCounts) {
        double[] logits = logits(FeatureVector.of(Checks.notNull(termCounts, "termCounts"), vocabulary));
        return toProbabilities(logits);
    }

    /** The label with the highest score. */
    public static String best(Map<String, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The training corpus's document frequencies: the keyword extractor's prior when the stream is young. */
    public TermStatistics background() {
        return new VocabularyStatistics(vocabulary);
    }

    double[] logits(FeatureVector features) {
        double[] logits = logPriors.clone();
        for (int k = 0; k < features.indices().length; k++) {
            float[] row = logLikelihoods[features.indices()[k]];
            double w = sharpness * features.weights()[k];
            for (int c = 0; c < logits.length; c++) {
                logits[c] += w * row[c];
            }
        }
        return logits;
    }

    private Map<String, Double> toProbabilities(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        double[] p = new double[logits.length];
        for (int c = 0; c < logits.length; c++) {
            p[c] = Math.exp(logits[c] - max);
            sum += p[c];
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int c = 0; c < logits.length; c++) {
            scores.put(labels.get(c), p[c] / sum);
        }
        return scores;
    }

    double[] logPriors() {
        return logPriors.clone();
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    float[][] logLikelihoods() {
        return logLikelihoods;
    }

    double sharpness() {
        return sharpness;
    }

    /** Vocabulary document frequencies seen as {@link TermStatistics}. */
    private record VocabularyStatistics(Vocabulary vocabulary) implements TermStatistics {
        @Override
        public long documents() {
            return vocabulary.documents();
        }

        @Override
        public long documentFrequency(String term) {
            int i = vocabulary.indexOf(term);
            return i < 0 ? 0 : vocabulary.documentFrequency(i);
        }
    }
}
