package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promises, checked the way a user meets them: the built jar, run as its own JVM, on the embedded
 * broker, seeds in and files out.
 */
class NewsflowCliIT {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path work;

    @Test
    void shouldTurnTheSeedsIntoFiveCleanArticlesAndRecogniseReplaysAsDuplicates() throws Exception {
        copySeeds(work.resolve("seeds"));

        CliProcess.Result first = CliProcess.run(work, LIMIT, "run", "--once");

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        List<JsonNode> articles = OutputFolder.records(work.resolve("out"), "articles");
        assertThat(articles).hasSize(5);
        for (JsonNode article : articles) {
            assertThat(article.path("title").asText()).as("title of %s", article.path("source")).isNotBlank();
            assertThat(article.path("category").asText()).isIn("politics", "world");
            assertThat(article.path("entities").size()).isPositive();
            assertThat(article.path("text").asText()).doesNotContain("Click to comment", "Share with your friends",
                    "Connect with us", "top of page", "bottom of page", "583 points");
        }
        assertThat(articles).anySatisfy(a -> assertThat(a.path("publishedAt").asText()).isEqualTo("2021-03-06"));

        assertThat(CliProcess.run(work, LIMIT, "replay", "seeds").exitCode()).isZero();
        Path variant = work.resolve("variant");
        Files.createDirectories(variant);
        Files.writeString(variant.resolve("rewrapped.txt"), rewrapped(seed("004")), StandardCharsets.UTF_8);
        assertThat(CliProcess.run(work, LIMIT, "replay", "variant").exitCode()).isZero();
        CliProcess.Result again = CliProcess.run(work, LIMIT, "run", "--once");

        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(OutputFolder.records(work.resolve("out"), "articles")).hasSize(5);
        List<JsonNode> duplicates = OutputFolder.records(work.resolve("out"), "duplicates");
        assertThat(duplicates).hasSize(6);
        assertThat(duplicates).allSatisfy(d -> assertThat(d.path("duplicateOf").path("id").asText()).isNotBlank());
    }

    @Test
    void shouldRejectBadInputWithAReasonAndStillProcessTheRest() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), seed("001"), StandardCharsets.UTF_8);
        Files.write(in.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("invalid-utf8.txt"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("records.jsonl"), String.join("\n",
                jsonRecord("https://example.org/rates", "Central bank raises rates",
                        "The central bank raised its main interest rate by a quarter point on Wednesday, its third "
                                + "increase this year, and said further moves would depend on how quickly inflation "
                                + "slows in the coming months."),
                "{\"url\": \"https://example.org/broken\", \"title\": ",
                jsonRecord("https://example.org/match", "Cup final goes to extra time",
                        "The cup final went to extra time after a late equaliser, and the home side won it with a "
                                + "penalty in the last minute, their first trophy in eleven seasons, to the delight "
                                + "of a sold-out stadium.")) + "\n", StandardCharsets.UTF_8);

        CliProcess.Result result = CliProcess.run(work, LIMIT, "run", "--once", "--input", "in");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        List<JsonNode> articles = OutputFolder.records(work.resolve("out"), "articles");
        List<JsonNode> duplicates = OutputFolder.records(work.resolve("out"), "duplicates");
        List<JsonNode> rejected = OutputFolder.records(work.resolve("out"), "rejected");
        assertThat(rejected).extracting(r -> r.path("reason").asText())
                .containsExactlyInAnyOrder("binary-content", "empty-input", "invalid-encoding", "malformed-json");
        assertThat(rejected).allSatisfy(r -> assertThat(r.path("detail").asText()).isNotBlank());
        assertThat(articles).extracting(a -> a.path("title").asText())
                .contains("Central bank raises rates", "Cup final goes to extra time");
        int in7 = 1 + 3 + 3;
        assertThat(articles.size() + duplicates.size() + rejected.size()).isEqualTo(in7);
    }

    @Test
    void shouldResumeAfterSigtermWithoutLosingOrRepeatingAnything() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        for (String seed : List.of("000", "001", "002")) {
            Files.writeString(in.resolve(seed + ".txt"), seed(seed), StandardCharsets.UTF_8);
        }
        CliProcess running = CliProcess.start(work, "run", "--input", "in");
        awaitArticles(3, running);
        running.terminate();
        CliProcess.Result stopped = running.awaitExit(LIMIT);
        assertThat(stopped.exitCode()).as(stopped.stderr()).isIn(0, 143);

        for (String seed : List.of("003", "004")) {
            Files.writeString(in.resolve(seed + ".txt"), seed(seed), StandardCharsets.UTF_8);
        }
        CliProcess.Result restarted = CliProcess.run(work, LIMIT, "run", "--once", "--input", "in");

        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        List<JsonNode> articles = OutputFolder.records(work.resolve("out"), "articles");
        assertThat(articles).extracting(a -> a.path("source").path("path").asText())
                .containsExactlyInAnyOrder("000.txt", "001.txt", "002.txt", "003.txt", "004.txt");
        assertThat(articles).extracting(a -> a.path("id").asText()).doesNotHaveDuplicates();
        assertThat(OutputFolder.records(work.resolve("out"), "duplicates")).isEmpty();
    }

    private void awaitArticles(int count, CliProcess running) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (OutputFolder.records(work.resolve("out"), "articles").size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + count + " articles in time; stderr:\n" + running.stderrSoFar());
            }
            Thread.sleep(200); // polling the output folder for a condition, with a deadline
        }
    }

    private static String jsonRecord(String url, String title, String text) {
        return "{\"url\": \"" + url + "\", \"title\": \"" + title + "\", \"text\": \"" + text + "\"}";
    }

    /** The seed with its paragraphs hard-wrapped at 60 columns and curly quotes made straight. */
    private static String rewrapped(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', '\'')
                .split("\n", -1)) {
            int column = 0;
            for (String word : line.split(" ")) {
                if (column > 0 && column + word.length() > 60) {
                    out.append('\n');
                    column = 0;
                } else if (column > 0) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String seed(String number) throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    private static void copySeeds(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
