package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus: the small inputs of {@code src/test/resources/hostile/} and large ones generated here
 * (a 50 MB page, a 10 MB JSON string, a 17 MiB JSON Lines line, 100,000-deep HTML and JSON nesting, a gzip bomb, a
 * truncated gzip, an odd file name, a symbolic link loop), run through the built jar on the embedded broker.
 * Each input comes out exactly once, as an article, a duplicate or a rejection with a reason and a detail; the
 * run ends normally; in = articles + duplicates + rejected.
 */
class HostileInputIT {
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final int MB = 1024 * 1024;

    @TempDir
    Path work;

    @Test
    void shouldProcessOrRejectEveryHostileInputOnceAndKeepRunning() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Map<String, Integer> expected = copyCorpus(in);
        expected.putAll(generateLargeInputs(in));

        CliProcess.Result result = CliProcess.run(work, LIMIT, "run", "--once", "--input", "in");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        Path out = work.resolve("out");
        List<JsonNode> articles = OutputFolder.records(out, "articles");
        List<JsonNode> duplicates = OutputFolder.records(out, "duplicates");
        List<JsonNode> rejected = OutputFolder.records(out, "rejected");
        Map<String, Integer> seen = new HashMap<>();
        articles.forEach(a -> seen.merge(a.path("source").path("path").asText(), 1, Integer::sum));
        duplicates.forEach(d -> seen.merge(d.path("article").path("source").path("path").asText(), 1, Integer::sum));
        rejected.forEach(r -> seen.merge(r.path("source").path("path").asText(), 1, Integer::sum));
        assertThat(seen).as("outputs per input file").isEqualTo(expected);
        int in7 = expected.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(articles.size() + duplicates.size() + rejected.size()).as("in = out").isEqualTo(in7);
        assertThat(rejected).allSatisfy(r -> {
            assertThat(r.path("reason").asText()).isNotBlank();
            assertThat(r.path("detail").asText()).isNotBlank();
        });
        Map<String, String> reasons = new HashMap<>();
        rejected.forEach(r -> reasons.putIfAbsent(r.path("source").path("path").asText(), r.path("reason").asText()));
        assertThat(reasons).containsEntry("empty.txt", "empty-input")
                .containsEntry("binary-elf.txt", "binary-content")
                .containsEntry("invalid-utf8.txt", "invalid-encoding")
                .containsEntry("not-really-gzip.txt.gz", "bad-compression")
                .containsEntry("truncated.txt.gz", "bad-compression")
                .containsEntry("bomb.txt.gz", "too-large")
                .containsEntry("page-50mb.txt", "too-large")
                .containsEntry("huge-line.jsonl", "too-large");
        assertThat(articles).extracting(a -> a.path("source").path("path").asText())
                .contains("odd \u2603 name;&|$(x) 'q'.txt");
        assertThat(duplicates).extracting(d -> d.path("article").path("source").path("path").asText())
                .containsAnyOf("article.txt", "article-exact-copy.txt");
    }

    /** Copies the committed corpus; each file is one record, but JSON Lines files one per line. */
    private static Map<String, Integer> copyCorpus(Path in) throws IOException, URISyntaxException {
        Path corpus = Path.of(HostileInputIT.class.getResource("/hostile").toURI());
        Map<String, Integer> expected = new HashMap<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                Files.copy(file, in.resolve(name));
                if (!name.equals("README.md")) {
                    expected.put(name, name.endsWith(".jsonl") ? jsonLines(file) : 1);
                }
            }
        }
        return expected;
    }

    private static int jsonLines(Path file) throws IOException {
        return (int) Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
    }

    private static Map<String, Integer> generateLargeInputs(Path in) throws IOException {
        Map<String, Integer> expected = new HashMap<>();
        repeat(in.resolve("page-50mb.txt"), "Breaking news about everything ", 50 * MB);
        expected.put("page-50mb.txt", 1);
        try (Writer w = Files.newBufferedWriter(in.resolve("string-10mb.json"))) {
            w.write("{\"url\": \"https://example.org/big\", \"title\": \"A very long story\", \"text\": \"");
            for (int i = 0; i < 10 * MB / 40; i++) {
                w.write("the story goes on and on without end ");
            }
            w.write("\"}");
        }
        expected.put("string-10mb.json", 1);
        try (Writer w = Files.newBufferedWriter(in.resolve("huge-line.jsonl"))) {
            w.write("{\"url\": \"https://example.org/huge\", \"title\": \"Huge\", \"text\": \"");
            for (int i = 0; i < 17 * MB / 20; i++) {
                w.write("words words words . ");
            }
            w.write("\"}\n");
        }
        expected.put("huge-line.jsonl", 1);
        Files.writeString(in.resolve("nested-100k.html"), "<html><body>" + "<div>".repeat(100_000) + "deep"
                + "</div>".repeat(100_000) + "</body></html>");
        expected.put("nested-100k.html", 1);
        Files.writeString(in.resolve("nested-100k.json"), "{\"url\": \"https://example.org/n\", \"text\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        expected.put("nested-100k.json", 1);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.txt.gz")), 64 * 1024)) {
            byte[] zeros = new byte[MB];
            for (int i = 0; i < 300; i++) {
                gz.write(zeros);
            }
        }
        expected.put("bomb.txt.gz", 1);
        byte[] article = Files.readAllBytes(in.resolve("article.txt"));
        Path whole = in.resolve(".whole.gz");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(whole))) {
            gz.write(article);
        }
        byte[] gzipped = Files.readAllBytes(whole);
        Files.delete(whole);
        Files.write(in.resolve("truncated.txt.gz"), java.util.Arrays.copyOf(gzipped, gzipped.length - 12));
        expected.put("truncated.txt.gz", 1);
        String odd = "odd \u2603 name;&|$(x) 'q'.txt";
        Files.writeString(in.resolve(odd), "Odd names are fine\n\nA reporter saved this story under a file name full "
                + "of shell characters, quotes and a snowman, and the pipeline must still read it, clean it, tag it "
                + "and write it out like any other article about the weather and the markets this week.\n");
        expected.put(odd, 1);
        Path links = Files.createDirectories(in.resolve("links"));
        Files.createSymbolicLink(links.resolve("self"), Path.of("."));
        Files.createSymbolicLink(links.resolve("parent"), Path.of(".."));
        repeat(in.resolve("one-long-line.txt"), "no line break ", MB);
        expected.put("one-long-line.txt", 1);
        return expected;
    }

    private static void repeat(Path file, String text, int bytes) throws IOException {
        List<String> chunk = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        while (block.length() < 64 * 1024) {
            block.append(text);
        }
        chunk.add(block.toString());
        try (Writer w = Files.newBufferedWriter(file)) {
            for (long written = 0; written < bytes; written += block.length()) {
                w.write(chunk.get(0));
            }
        }
    }
}
