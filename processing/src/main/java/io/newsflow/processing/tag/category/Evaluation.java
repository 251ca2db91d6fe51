package io.newsflow.processing.tag.category;

import io.newsflow.model.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Accuracy and macro-F1 of a model on labelled texts. With {@code restrictTo} only those labels compete: the
 * prediction is the best-scoring label among them (how a 5-label test set is read against a 10-label model).
 */
public record Evaluation(int total, int correct, double accuracy, double macroF1, Map<String, Double> f1) {

    public static Evaluation of(CategoryModel model, Iterable<LabeledText> examples, java.util.Set<String> restrictTo) {
        Checks.notNull(model, "model");
        List<String[]> pairs = new ArrayList<>();
        for (LabeledText example : Checks.notNull(examples, "examples")) {
            Map<String, Double> scores = new HashMap<>(model.scores(example.text()));
            if (restrictTo != null && !restrictTo.isEmpty()) {
                scores.keySet().retainAll(restrictTo);
            }
            pairs.add(new String[] {example.label(), CategoryModel.best(scores)});
        }
        return of(pairs);
    }

    static Evaluation of(List<String[]> goldAndPredicted) {
        TreeSet<String> labels = new TreeSet<>();
        goldAndPredicted.forEach(p -> labels.add(p[0]));
        int correct = 0;
        Map<String, Double> f1 = new java.util.TreeMap<>();
        for (String[] p : goldAndPredicted) {
            correct += p[0].equals(p[1]) ? 1 : 0;
        }
        for (String label : labels) {
            f1.put(label, f1(goldAndPredicted, label));
        }
        double macro = f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        int total = goldAndPredicted.size();
        return new Evaluation(total, correct, total == 0 ? 0 : (double) correct / total, macro, f1);
    }

    private static double f1(List<String[]> pairs, String label) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (String[] p : pairs) {
            boolean gold = p[0].equals(label);
            boolean predicted = p[1].equals(label);
            tp += gold && predicted ? 1 : 0;
            fp += !gold && predicted ? 1 : 0;
            fn += gold && !predicted ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "accuracy %.3f (%d/%d), macro-F1 %.3f, F1 %s",
                accuracy, correct, total, macroF1, f1);
    }
}
