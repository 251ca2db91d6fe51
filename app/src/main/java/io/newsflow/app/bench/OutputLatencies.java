package io.newsflow.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.kafka.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Latencies read back from the sink's files: for each record, the time its file was written (the file's
 * modification time: the sink writes, fsyncs and then renames it into place) minus the record's
 * {@code ingestedAt} (stamped by ingest when it read the record); and for articles also {@code processedAt} (when
 * the tagging step ended) minus {@code ingestedAt}, which leaves out the commit and the file.
 */
final class OutputLatencies {
    private final LongStream.Builder toFile = LongStream.builder();
    private final LongStream.Builder toProcessed = LongStream.builder();

    static OutputLatencies read(List<Path> folders) {
        OutputLatencies latencies = new OutputLatencies();
        for (Path folder : folders) {
            latencies.readFolder(folder);
        }
        return latencies;
    }

    Percentiles toFile() {
        return new Percentiles(toFile.build().toArray());
    }

    Percentiles toProcessed() {
        return new Percentiles(toProcessed.build().toArray());
    }

    private void readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(OutputLatencies::complete).forEach(this::readFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A renamed file; the sink writes under a hidden temporary name first. */
    private static boolean complete(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".jsonl") && !name.startsWith(".");
    }

    private void readFile(Path file) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long written = Files.getLastModifiedTime(file).toMillis();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                add(Json.mapper().readTree(line), written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void add(JsonNode record, long written) {
        JsonNode article = record.has("article") ? record.get("article") : record;
        Instant ingested = instant(article.path("ingestedAt"));
        if (ingested == null) {
            return; // a rejection: it carries no ingest time
        }
        toFile.add(written - ingested.toEpochMilli());
        Instant processed = instant(article.path("processedAt"));
        if (processed != null) {
            toProcessed.add(processed.toEpochMilli() - ingested.toEpochMilli());
        }
    }

    private static Instant instant(JsonNode node) {
        return node.isTextual() ? Instant.parse(node.asText()) : null;
    }
}
