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
 *
 * <p>Records ingested before {@code measuredFrom} are the warm-up: a pipeline that has just started pays once for
 * its first transactions, task assignment and store opening (measured: the first two seconds of a run had
 * processing latencies up to 1.6 s, the rest under 0.8 s). They are kept apart, so the steady state is reported
 * as such and the start-up is still shown beside it.
 */
final class OutputLatencies {
    private final Instant measuredFrom;
    private final LongStream.Builder toFile = LongStream.builder();
    private final LongStream.Builder toProcessed = LongStream.builder();
    private final LongStream.Builder warmupToFile = LongStream.builder();

    private OutputLatencies(Instant measuredFrom) {
        this.measuredFrom = measuredFrom;
    }

    /**
     * @param measuredFrom the end of the warm-up: records ingested before it are reported apart
     */
    static Sample read(List<Path> folders, Instant measuredFrom) {
        OutputLatencies latencies = new OutputLatencies(measuredFrom);
        for (Path folder : folders) {
            latencies.readFolder(folder);
        }
        return new Sample(new Percentiles(latencies.toFile.build().toArray()),
                new Percentiles(latencies.toProcessed.build().toArray()),
                new Percentiles(latencies.warmupToFile.build().toArray()));
    }

    /**
     * @param toFile       ingest to file, ms, records ingested from the end of the warm-up on
     * @param toProcessed  ingest to the end of processing, ms, articles ingested from the end of the warm-up on
     * @param warmupToFile ingest to file, ms, records ingested during the warm-up
     */
    record Sample(Percentiles toFile, Percentiles toProcessed, Percentiles warmupToFile) {
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
        if (ingested.isBefore(measuredFrom)) {
            warmupToFile.add(written - ingested.toEpochMilli());
            return;
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
