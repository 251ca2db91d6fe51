package io.newsflow.processing.tag.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.model.Checks;
import io.newsflow.processing.tag.category.LabeledText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the topic-train file ({@code news.jsonl.gz}: one JSON object a line with {@code headline},
 * {@code description}, {@code category}) into labelled texts: headline + description, mapped by
 * {@link HuffPostLabels}. Rows of dropped sections are skipped; a malformed line fails with its line number.
 */
public final class HuffPostReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HuffPostReader() {
    }

    public static List<LabeledText> read(Path file) {
        Checks.notNull(file, "file");
        List<LabeledText> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    parse(line, file, lineNumber).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("can't read training data " + file, e);
        }
        return out;
    }

    private static java.util.Optional<LabeledText> parse(String line, Path file, int lineNumber) {
        try {
            JsonNode row = JSON.readTree(line);
            String text = row.path("headline").asText("") + ".\n" + row.path("description").asText("");
            return HuffPostLabels.categoryOf(row.path("category").asText(""))
                    .map(category -> new LabeledText(category, text));
        } catch (IOException e) {
            throw new UncheckedIOException(file + " line " + lineNumber + " is not valid JSON", e);
        }
    }
}
