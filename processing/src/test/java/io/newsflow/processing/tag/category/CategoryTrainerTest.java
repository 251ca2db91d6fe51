package io.newsflow.processing.tag.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryTrainerTest {
    private static final List<LabeledText> RECIPES_AND_REPAIRS = List.of(
            new LabeledText("cooking", "Slow roasted tomato soup with basil and garlic"),
            new LabeledText("cooking", "Bake the bread dough with garlic butter and fresh basil"),
            new LabeledText("cooking", "Tomato sauce recipe: simmer garlic, basil and olive oil"),
            new LabeledText("diy", "Fix a leaking tap with a new washer and a spanner"),
            new LabeledText("diy", "Drill the wall, fit the plug and tighten the screw"),
            new LabeledText("diy", "Replace the washer, tighten the tap with a spanner"));

    @Test
    void shouldLearnAnyLabelSet() {
        CategoryModel model = new CategoryTrainer().train(RECIPES_AND_REPAIRS);

        assertThat(model.labels()).containsExactlyInAnyOrder("cooking", "diy");
        assertThat(CategoryModel.best(model.scores("garlic and basil soup"))).isEqualTo("cooking");
        assertThat(CategoryModel.best(model.scores("the tap needs a new washer"))).isEqualTo("diy");
    }

    @Test
    void shouldGiveScoresBetweenZeroAndOneSummingToOne() {
        Map<String, Double> scores = new CategoryTrainer().train(RECIPES_AND_REPAIRS).scores("basil");

        assertThat(scores.values()).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shouldScoreTheSameAfterSaveAndLoad(@TempDir Path dir) {
        CategoryModel model = new CategoryTrainer().train(RECIPES_AND_REPAIRS);
        Path file = dir.resolve("my.model");

        model.save(file);
        CategoryModel loaded = CategoryModel.load(file);

        assertThat(loaded.labels()).isEqualTo(model.labels());
        String text = "tighten the garlic washer";
        loaded.scores(text).forEach((label, score) ->
                assertThat(score).isCloseTo(model.scores(text).get(label), within(1e-6)));
    }

    @Test
    void shouldRejectASingleLabel() {
        assertThatThrownBy(() -> new CategoryTrainer().train(RECIPES_AND_REPAIRS.subList(0, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two distinct labels");
    }

    @Test
    void shouldRejectAFileThatIsNoModel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("not.model");
        try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(file))) {
            out.write("hello".repeat(10).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> CategoryModel.load(file)).hasMessageContaining(file.toString());
    }

    @Test
    void shouldTrainTenThousandArticlesInSeconds() {
        List<LabeledText> corpus = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 300; w++) {
                // Zipf-like word ranks over a 30,000-word vocabulary, as in real text
                text.append("w").append((int) Math.pow(30_000, random.nextDouble())).append(' ');
            }
            corpus.add(new LabeledText("label" + (i % 5), text.toString()));
        }
        CategoryModel model = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> new CategoryTrainer().train(corpus),
                "a hang guard, not a speed test: `newsflow tagger train` reports the training time");
        assertThat(model.labels()).hasSize(5);
    }
}
