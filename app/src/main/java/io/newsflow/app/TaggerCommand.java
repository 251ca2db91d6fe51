package io.newsflow.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.kafka.Json;
import io.newsflow.processing.tag.category.CategoryModel;
import io.newsflow.processing.tag.category.CategoryTrainer;
import io.newsflow.processing.tag.category.Evaluation;
import io.newsflow.processing.tag.category.LabeledText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains and evaluates category models, so users can bring their own taxonomy. */
@Command(name = "tagger", mixinStandardHelpOptions = true,
        description = "Train or evaluate a category model on your own labelled articles.",
        subcommands = {TaggerCommand.Train.class, TaggerCommand.Evaluate.class})
final class TaggerCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Train a category model from JSON Lines records {\"text\": ..., \"label\": ...} (or "
                    + "\"title\" + \"text\"; .gz allowed), any label set, and save it for "
                    + "`newsflow run --tagger-model FILE`.",
                    "With --folds N, first report N-fold cross-validated accuracy and macro-F1."})
    static final class Train implements Callable<Integer> {
        @Option(names = "--labeled", required = true, paramLabel = "FILE.jsonl", description = "Labelled records")
        Path labeled;

        @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model")
        Path out;

        @Option(names = "--folds", paramLabel = "N", description = "Cross-validate with N folds first (0: don't)",
                defaultValue = "0")
        int folds;

        @Override
        public Integer call() throws IOException {
            List<LabeledText> examples = read(labeled);
            if (folds > 1) {
                crossValidate(examples, folds);
            }
            long started = System.nanoTime();
            CategoryModel model = new CategoryTrainer().train(examples);
            double seconds = (System.nanoTime() - started) / 1e9;
            model.save(out);
            System.out.printf("trained on %d records, %d labels %s in %.2f s; model written to %s%n", examples.size(),
                    labels(examples).size(), labels(examples), seconds, out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Accuracy and macro-F1 of a model (default: the shipped one) on labelled JSON Lines "
                    + "records, reading the top score among the labels present in the file.")
    static final class Evaluate implements Callable<Integer> {
        @Option(names = "--labeled", required = true, paramLabel = "FILE.jsonl")
        Path labeled;

        @Option(names = "--model", paramLabel = "MODEL", description = "A trained model (default: the shipped one)")
        Path model;

        @Override
        public Integer call() throws IOException {
            List<LabeledText> examples = read(labeled);
            CategoryModel m = model == null ? CategoryModel.loadDefault() : CategoryModel.load(model);
            long started = System.nanoTime();
            Evaluation evaluation = Evaluation.of(m, examples, labels(examples));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.println(evaluation);
            System.out.printf("%.0f articles/s%n", examples.size() / Math.max(seconds, 1e-9));
            return ExitCodes.OK;
        }
    }

    static void crossValidate(List<LabeledText> examples, int folds) {
        List<LabeledText> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(42));
        int correct = 0;
        double macroF1 = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<LabeledText> train = new ArrayList<>();
            List<LabeledText> test = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % folds == fold ? test : train).add(shuffled.get(i));
            }
            Evaluation e = Evaluation.of(new CategoryTrainer().train(train), test, labels(test));
            correct += e.correct();
            macroF1 += e.macroF1() / folds;
        }
        System.out.printf("%d-fold cross-validation: accuracy %.4f, macro-F1 %.4f over %d records%n", folds,
                correct / (double) shuffled.size(), macroF1, shuffled.size());
    }

    static Set<String> labels(List<LabeledText> examples) {
        Set<String> labels = new TreeSet<>();
        examples.forEach(e -> labels.add(e.label()));
        return labels;
    }

    static List<LabeledText> read(Path file) throws IOException {
        List<LabeledText> examples = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    examples.add(example(file, lineNumber, Json.mapper().readTree(line)));
                }
            }
        }
        if (examples.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no labelled records");
        }
        return examples;
    }

    private static LabeledText example(Path file, int line, JsonNode record) {
        String label = record.path("label").asText("");
        String text = (record.path("title").asText("") + "\n" + record.path("text").asText("")).strip();
        if (label.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException(file + ":" + line + ": a record needs \"label\" and \"text\" (or "
                    + "\"title\")");
        }
        return new LabeledText(label, text);
    }
}
