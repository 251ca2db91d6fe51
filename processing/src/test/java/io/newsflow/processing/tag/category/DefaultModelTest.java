package io.newsflow.processing.tag.category;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processing.tag.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultModelTest {
    private static final CategoryModel MODEL = CategoryModel.loadDefault();
    private static final Set<String> FIVE = Set.of("business", "entertainment", "politics", "sport", "technology");

    @Test
    void shouldShipTheTenDefaultCategories() {
        assertThat(MODEL.labels()).containsExactlyInAnyOrder("politics", "world", "business", "technology",
                "science", "health", "sport", "entertainment", "crime", "environment");
    }

    @Test
    void shouldClassifyFullLengthArticlesItNeverSaw() {
        List<LabeledText> articles = LabeledFolder.read(Fixtures.fullTextFolder());
        assertThat(articles).hasSize(25);

        Evaluation evaluation = Evaluation.of(MODEL, articles, FIVE);

        assertThat(evaluation.accuracy()).as(evaluation.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(evaluation.macroF1()).as(evaluation.toString()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void shouldKnowCommonTermsFromTraining() {
        var background = MODEL.background();
        assertThat(background.documents()).isGreaterThan(20_000);
        assertThat(background.documentFrequency("trump")).isGreaterThan(background.documentFrequency("ushakov"));
    }
}
