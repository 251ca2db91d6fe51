package io.newsflow.processing.clean.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.model.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An extraction dev set laid out as {@code truth.jsonl} ({@code {id, url, source, body}} a line) beside
 * {@code pages/<id>.html.gz} (or {@code .html}), the layout of the project's development set.
 */
public final class DevSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DevSet() {
    }

    /** The set's pages, in the truth file's order. */
    public static List<DevPage> load(Path dir) throws IOException {
        Checks.notNull(dir, "dir");
        Path truth = dir.resolve("truth.jsonl");
        if (!Files.isRegularFile(truth)) {
            throw new IllegalArgumentException("no truth.jsonl in " + dir);
        }
        List<DevPage> pages = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
            lineNo++;
            if (!line.isBlank()) {
                pages.add(page(dir, parse(line, truth, lineNo)));
            }
        }
        return pages;
    }

    private static DevPage page(Path dir, JsonNode node) {
        String id = node.path("id").asText();
        Path gz = dir.resolve("pages").resolve(id + ".html.gz");
        Path file = Files.exists(gz) ? gz : dir.resolve("pages").resolve(id + ".html");
        Optional<String> url = node.hasNonNull("url") ? Optional.of(node.get("url").asText()) : Optional.empty();
        return new DevPage(id, url, node.path("source").asText(""), node.path("body").asText(""), file);
    }

    private static JsonNode parse(String line, Path file, int lineNo) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.hasNonNull("id")) {
                throw new IllegalArgumentException(file + " line " + lineNo + ": no id");
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(file + " line " + lineNo + ": malformed JSON", e);
        }
    }
}
