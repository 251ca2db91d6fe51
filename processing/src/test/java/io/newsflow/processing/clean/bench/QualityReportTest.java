package io.newsflow.processing.clean.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class QualityReportTest {

    static Path devSet() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(QualityReportTest.class.getResource("/devset/truth.jsonl")).toURI())
                .getParent();
    }

    @Test
    void shouldLoadTheTruthAndFindPlainAndGzippedPages() throws Exception {
        List<DevPage> pages = DevSet.load(devSet());

        assertThat(pages).extracting(DevPage::id).containsExactly("harbour", "library");
        assertThat(pages.get(0).url()).hasValue("https://coast.example/harbour");
        assertThat(pages.get(1).url()).isEmpty();
        assertThat(pages.get(1).html()).contains("The town library opened its new wing");
    }

    @Test
    void shouldNameTheFolderThatHasNoTruth(@org.junit.jupiter.api.io.TempDir Path empty) {
        assertThatThrownBy(() -> DevSet.load(empty)).hasMessageContaining("no truth.jsonl in " + empty);
    }

    @Test
    void shouldScoreTheWholeSetEachSourceAndBothHalves() throws Exception {
        List<DevPage> pages = DevSet.load(devSet());
        Map<String, String> predictions = Map.of("harbour", pages.get(0).body());

        List<QualityReport.Row> rows = QualityReport.of(pages, predictions);

        assertThat(rows).extracting(QualityReport.Row::group)
                .containsExactly("all", "source blog", "source news", "even half", "odd half");
        Quality all = rows.get(0).quality();
        assertThat(all.precision()).isEqualTo(1.0); // the library page has no prediction: it costs recall only
        assertThat(all.recall()).isEqualTo(0.5);
        assertThat(rows.get(3).quality().f1()).isEqualTo(1.0);
        assertThat(rows.get(4).quality().recall()).isZero();
    }

    @Test
    void shouldScoreTheCleanersOwnPredictions() throws Exception {
        List<DevPage> pages = DevSet.load(devSet());

        Map<String, String> predictions = new DevSetEvaluator(io.newsflow.processing.clean.ArticleCleaners.standard())
                .predict(pages);

        assertThat(predictions).containsOnlyKeys("harbour", "library");
        assertThat(predictions.get("harbour")).contains("engineers spent three weeks")
                .doesNotContain("Copyright The Coast Times");
        assertThat(QualityReport.of(pages, predictions).get(0).quality().f1()).isGreaterThan(0.8);
    }
}
