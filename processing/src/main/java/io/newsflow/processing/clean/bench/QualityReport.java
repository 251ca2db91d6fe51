package io.newsflow.processing.clean.bench;

import io.newsflow.model.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores predictions against a dev set's truth: the whole set, each source, and the even and odd halves (pages by
 * their position in the truth file). A change to the cleaner is kept only when it raises the whole set's F1
 * without lowering either half: the halves are the guard against rules that fit a few pages.
 */
public final class QualityReport {

    /** One group of pages and its quality. */
    public record Row(String group, Quality quality) {
    }

    private QualityReport() {
    }

    /** The rows for {@code predictions} (by page id; a missing page counts as an empty prediction). */
    public static List<Row> of(List<DevPage> pages, Map<String, String> predictions) {
        Checks.notNull(pages, "pages");
        Checks.notNull(predictions, "predictions");
        Map<String, List<PageScore>> groups = new LinkedHashMap<>();
        Map<String, List<PageScore>> sources = new TreeMap<>();
        for (int i = 0; i < pages.size(); i++) {
            DevPage page = pages.get(i);
            PageScore score = ShingleMetric.score(page.body(), predictions.getOrDefault(page.id(), ""));
            groups.computeIfAbsent("all", k -> new ArrayList<>()).add(score);
            sources.computeIfAbsent(page.source(), k -> new ArrayList<>()).add(score);
            groups.computeIfAbsent(i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(score);
        }
        List<Row> rows = new ArrayList<>();
        add(rows, "all", groups.get("all"));
        if (sources.size() > 1) {
            sources.forEach((source, scores) -> add(rows, "source " + source, scores));
        }
        add(rows, "even half", groups.get("even"));
        add(rows, "odd half", groups.get("odd"));
        return rows;
    }

    private static void add(List<Row> rows, String group, List<PageScore> scores) {
        if (scores != null) {
            rows.add(new Row(group, Quality.of(scores)));
        }
    }
}
