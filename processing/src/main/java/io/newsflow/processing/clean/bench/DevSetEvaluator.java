package io.newsflow.processing.clean.bench;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Runs the cleaner over an extraction dev set laid out as {@code truth.jsonl} + {@code pages/<id>.html.gz} and
 * writes {@code predictions.jsonl} ({@code {"id", "body"}} per line) for the set's scorer.
 * Usage: {@code DevSetEvaluator DEV_DIR OUT.jsonl}.
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
        List<JsonNode> truth = readTruth(devDir.resolve("truth.jsonl"));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (JsonNode page : truth) {
                String id = page.get("id").asText();
                String url = page.hasNonNull("url") ? page.get("url").asText() : null;
                Map<String, String> line = new LinkedHashMap<>();
                line.put("id", id);
                line.put("body", body(id, url, readPage(devDir.resolve("pages").resolve(id + ".html.gz"))));
                w.write(JSON.writeValueAsString(line));
                w.newLine();
            }
        }
        return truth.size();
    }

    private String body(String id, String url, String html) {
        RawArticle raw = new RawArticle(id, Source.file(id + ".html"), ContentFormat.HTML, html, url, null, null,
                null, null, Instant.EPOCH);
        CleanResult result = cleaner.clean(raw);
        return result instanceof CleanResult.Cleaned c ? c.article().text() : "";
    }

    static List<JsonNode> readTruth(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).map(DevSetEvaluator::parse).toList();
        }
    }

    static String readPage(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("truth.jsonl: malformed line", e);
        }
    }
}
