package io.newsflow.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.kafka.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads what the sink wrote: every line of the complete (non-hidden) files of one output folder. */
final class OutputFolder {
    private OutputFolder() {
    }

    static List<JsonNode> records(Path out, String kind) {
        Path dir = out.resolve(kind);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<JsonNode> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    records.add(Json.mapper().readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
