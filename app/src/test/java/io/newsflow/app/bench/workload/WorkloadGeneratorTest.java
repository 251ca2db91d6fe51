package io.newsflow.app.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.kafka.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkloadGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void shouldGenerateTheSameRecordsFromTheSameSeed() {
        WorkloadGenerator a = new WorkloadGenerator(WorkloadSpec.of(WorkloadSpec.Kind.TEXT, 50, 7, 0.1, 0.1));
        WorkloadGenerator b = new WorkloadGenerator(WorkloadSpec.of(WorkloadSpec.Kind.TEXT, 50, 7, 0.1, 0.1));
        WorkloadGenerator other = new WorkloadGenerator(WorkloadSpec.of(WorkloadSpec.Kind.TEXT, 50, 8, 0.1, 0.1));

        for (int i = 0; i < 50; i++) {
            assertThat(a.item(i)).isEqualTo(b.item(i));
        }
        assertThat(a.item(0).content()).isNotEqualTo(other.item(0).content());
    }

    @Test
    void shouldWriteTextPagesOfAboutFiveKilobytesWithParagraphsAndBoilerplate() {
        WorkloadGenerator generator = new WorkloadGenerator(WorkloadSpec.of(WorkloadSpec.Kind.TEXT, 100, 1, 0, 0));

        for (int i = 0; i < 100; i++) {
            String page = generator.item(i).content();
            assertThat(page.length()).as("page %d", i).isBetween(3500, 7500);
            assertThat(page.split("\n\n").length).isGreaterThan(8);
            assertThat(page).contains("Share this article").contains("All rights reserved");
        }
    }

    @Test
    void shouldWriteHtmlPagesBetweenTheSmallestAndLargestSize() {
        WorkloadSpec spec = WorkloadSpec.of(WorkloadSpec.Kind.HTML, 40, 3, 0, 0);
        WorkloadGenerator generator = new WorkloadGenerator(spec);

        for (int i = 0; i < 40; i++) {
            String page = generator.item(i).content();
            assertThat(page.length()).as("page %d", i)
                    .isBetween(spec.minPageBytes() * 9 / 10, spec.maxPageBytes() * 11 / 10);
            assertThat(page).startsWith("<!DOCTYPE html>").contains("<article").contains("<nav").endsWith("</html>\n");
        }
    }

    @Test
    void shouldRepeatEarlierRecordsExactlyAsOftenAsAsked() {
        WorkloadGenerator generator = new WorkloadGenerator(WorkloadSpec.of(WorkloadSpec.Kind.TEXT, 1000, 5, 0.2, 0.1));

        Set<String> seen = new HashSet<>();
        int exact = 0;
        int near = 0;
        for (int i = 0; i < 1000; i++) {
            WorkloadGenerator.Item item = generator.item(i);
            boolean repeated = !seen.add(item.content());
            assertThat(repeated).as("record %d", i).isEqualTo(item.role() == WorkloadGenerator.Role.EXACT_DUPLICATE);
            exact += item.role() == WorkloadGenerator.Role.EXACT_DUPLICATE ? 1 : 0;
            near += item.role() == WorkloadGenerator.Role.NEAR_DUPLICATE ? 1 : 0;
        }
        assertThat(exact).isBetween(160, 240);
        assertThat(near).isBetween(70, 130);
    }

    @Test
    void shouldWriteJsonLinesFilesThatIngestReads() throws Exception {
        Workload workload = new WorkloadGenerator(WorkloadSpec.of(WorkloadSpec.Kind.HTML, 120, 2, 0.1, 0.1)
                .withRecords(120)).writeTo(dir);

        assertThat(workload.files()).hasSize(3);
        List<String> lines = workload.files().stream().flatMap(f -> read(f).stream()).toList();
        assertThat(lines).hasSize(120);
        long bytes = 0;
        for (String line : lines) {
            var record = Json.mapper().readTree(line);
            assertThat(record.path("url").asText()).startsWith("https://");
            bytes += record.path("html").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        assertThat(workload.contentBytes()).isEqualTo(bytes);
        assertThat(workload.exactDuplicates() + workload.nearDuplicates()).isEqualTo((int) IntStream.range(0, 120)
                .filter(i -> new WorkloadGenerator(workload.spec()).item(i).role() != WorkloadGenerator.Role.ORIGINAL)
                .count());
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
