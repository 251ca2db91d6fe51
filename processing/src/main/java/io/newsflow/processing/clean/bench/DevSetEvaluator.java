package io.newsflow.processing.clean.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.model.Checks;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import io.newsflow.processing.clean.ArticleCleaner;
import io.newsflow.processing.clean.ArticleCleaners;
import io.newsflow.processing.clean.CleanResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the cleaner over an extraction dev set ({@link DevSet}) and writes {@code predictions.jsonl}
 * ({@code {"id", "body"}} per line) for the set's scorer. Usage: {@code DevSetEvaluator DEV_DIR OUT.jsonl};
 * {@code newsflow bench quality DEV_DIR} scores the same predictions in-process.
 */
public final class DevSetEvaluator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleCleaner cleaner;

    public DevSetEvaluator(ArticleCleaner cleaner) {
        this.cleaner = Checks.notNull(cleaner, "cleaner");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DevSetEvaluator DEV_DIR OUT.jsonl");
            System.exit(2);
        }
        int pages = new DevSetEvaluator(ArticleCleaners.standard()).writePredictions(Path.of(args[0]),
                Path.of(args[1]));
        System.out.println("wrote " + pages + " predictions to " + args[1]);
    }

    /** Cleans every page the truth file names and writes one prediction per page; returns the page count. */
    public int writePredictions(Path devDir, Path out) throws IOException {
        Map<String, String> predictions = predict(DevSet.load(devDir));
        write(predictions, out);
        return predictions.size();
    }

    /** Each page's predicted body (empty when the cleaner refused the page), by id in the set's order. */
    public Map<String, String> predict(List<DevPage> pages) throws IOException {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (DevPage page : pages) {
            bodies.put(page.id(), body(page));
        }
        return bodies;
    }

    /** Writes predictions as the set's scorer reads them. */
    public static void write(Map<String, String> predictions, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : predictions.entrySet()) {
                Map<String, String> line = new LinkedHashMap<>();
                line.put("id", e.getKey());
                line.put("body", e.getValue());
                w.write(JSON.writeValueAsString(line));
                w.newLine();
            }
        }
    }

    private String body(DevPage page) throws IOException {
        RawArticle raw = new RawArticle(page.id(), Source.file(page.id() + ".html"), ContentFormat.HTML,
                page.html(), page.url().orElse(null), null, null, null, null, Instant.EPOCH);
        CleanResult result = cleaner.clean(raw);
        return result instanceof CleanResult.Cleaned c ? c.article().text() : "";
    }
}
