package io.newsflow.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLatenciesTest {
    private static final Instant WRITTEN = Instant.parse("2026-11-22T08:00:10Z");

    @TempDir
    Path dir;

    @Test
    void shouldMeasureRecordsIngestedFromTheEndOfTheWarmupAndKeepTheWarmupApart() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path duplicates = Files.createDirectories(dir.resolve("duplicates"));
        write(articles.resolve("0000.jsonl"),
                article("2026-11-22T08:00:01Z", "2026-11-22T08:00:03Z"), // warm-up: 9 s to file
                article("2026-11-22T08:00:06Z", "2026-11-22T08:00:06.500Z"), // 4 s to file, 0.5 s to processed
                article("2026-11-22T08:00:08Z", "2026-11-22T08:00:08.250Z"));
        write(duplicates.resolve("0000.jsonl"), "{\"article\":" + article("2026-11-22T08:00:09Z", null) + "}");
        write(articles.resolve(".0010.jsonl.tmp"), article("2026-11-22T08:00:07Z", null)); // not yet in place

        OutputLatencies.Sample latencies = OutputLatencies.read(List.of(articles, duplicates),
                Instant.parse("2026-11-22T08:00:05Z"));

        assertThat(latencies.toFile().count()).isEqualTo(3);
        assertThat(latencies.toFile().max()).isEqualTo(4000);
        assertThat(latencies.toFile().at(1)).isEqualTo(1000);
        assertThat(latencies.toProcessed().count()).isEqualTo(2);
        assertThat(latencies.toProcessed().max()).isEqualTo(500);
        assertThat(latencies.warmupToFile().count()).isEqualTo(1);
        assertThat(latencies.warmupToFile().max()).isEqualTo(9000);
    }

    private static String article(String ingestedAt, String processedAt) {
        return "{\"id\":\"a\",\"ingestedAt\":\"" + ingestedAt + "\""
                + (processedAt == null ? "" : ",\"processedAt\":\"" + processedAt + "\"") + "}";
    }

    private static void write(Path file, String... lines) throws IOException {
        Files.write(file, List.of(lines));
        Files.setLastModifiedTime(file, FileTime.from(WRITTEN));
    }
}
