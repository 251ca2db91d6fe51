package io.newsflow.processing.tag.train;

import io.newsflow.processing.tag.category.CategoryModel;
import io.newsflow.processing.tag.category.CategoryTrainer;
import io.newsflow.processing.tag.category.Evaluation;
import io.newsflow.processing.tag.category.LabeledFolder;
import io.newsflow.processing.tag.category.LabeledText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Rebuilds the shipped model:
 * <pre>
 * java -cp ... io.newsflow.processing.tag.train.TrainDefaultModel news.jsonl.gz category-default.model [labelled-folder]
 * </pre>
 * First trains on a shuffled 90% and reports accuracy and macro-F1 on the held-out 10% (and on the optional
 * {@code root/<label>/*.txt} folder of full articles, reading only the labels that folder uses), then trains on
 * all rows and writes the model.
 */
public final class TrainDefaultModel {
    private static final long SEED = 20240611L;

    private TrainDefaultModel() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: TrainDefaultModel <news.jsonl.gz> <model-out> [labelled-folder]");
            System.exit(2);
        }
        List<LabeledText> rows = new ArrayList<>(HuffPostReader.read(Path.of(args[0])));
        Collections.shuffle(rows, new Random(SEED));
        int split = rows.size() / 10;
        List<LabeledText> heldOut = rows.subList(0, split);
        CategoryModel trial = timed("90% split", () -> new CategoryTrainer().train(rows.subList(split, rows.size())));
        System.out.println("held-out 10% (" + heldOut.size() + " headlines): " + Evaluation.of(trial, heldOut, null));
        if (args.length > 2) {
            List<LabeledText> folder = LabeledFolder.read(Path.of(args[2]));
            Set<String> labels = new java.util.TreeSet<>();
            folder.forEach(t -> labels.add(t.label()));
            System.out.println("full text " + args[2] + ": " + Evaluation.of(trial, folder, labels));
        }
        CategoryModel model = timed("all rows", () -> new CategoryTrainer().train(rows));
        model.save(Path.of(args[1]));
        System.out.println("wrote " + args[1] + " with labels " + model.labels());
    }

    private static CategoryModel timed(String what, java.util.function.Supplier<CategoryModel> training) {
        long start = System.nanoTime();
        CategoryModel model = training.get();
        System.out.printf("trained on %s in %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return model;
    }
}
