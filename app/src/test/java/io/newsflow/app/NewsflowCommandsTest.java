package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.model.kafka.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line itself: help, usage errors, configuration errors, and the commands that need no Kafka. */
class NewsflowCommandsTest {
    private static final Path SEEDS = Path.of("..", "seeds");

    @TempDir
    Path dir;

    @Test
    void shouldOfferHelpOnEveryCommand() {
        CommandLine cli = Newsflow.commandLine();
        List<String> commands = new ArrayList<>(cli.getSubcommands().keySet());
        commands.remove("help");

        assertThat(commands).contains("run", "replay", "ingest", "process", "sink", "tail", "config", "extract",
                "dedup", "tagger", "bench", "sources");
        for (String command : commands) {
            StringWriter out = new StringWriter();
            int code = Newsflow.commandLine().setOut(new PrintWriter(out)).execute(command, "--help");
            assertThat(code).as(command).isZero();
            assertThat(out.toString()).as(command).contains("Usage:");
        }
    }

    @Test
    void shouldExitWithTheUsageCodeOnAnUnknownOption() {
        int code = Newsflow.commandLine().setErr(new PrintWriter(new StringWriter())).execute("run", "--no-such-flag");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void shouldExitWithTheConfigCodeNamingTheKeyOfABadConfigFile() throws Exception {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "sink:\n  max-recrods: 5\n");
        StringWriter err = new StringWriter();

        int code = Newsflow.commandLine().setErr(new PrintWriter(err)).execute("config", "--config", config.toString());

        assertThat(code).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("max-recrods").contains("bad.yaml");
    }

    @Test
    void shouldAcceptTheCommandOfEveryNewsflowServiceInDockerCompose() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "docker-compose.yml").toFile());
        int newsflowServices = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = compose.path("services").fields(); it.hasNext(); ) {
            JsonNode service = it.next().getValue();
            if (!service.path("image").asText().startsWith("newsflow")) {
                continue;
            }
            newsflowServices++;
            List<String> args = new ArrayList<>();
            service.path("command").forEach(a -> args.add(a.asText()));
            CommandLine.ParseResult parsed = Newsflow.commandLine().parseArgs(args.toArray(String[]::new));
            assertThat(parsed.hasSubcommand()).as(args.toString()).isTrue();
            assertThat(service.path("environment").path("NEWSFLOW_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
        }
        assertThat(newsflowServices).isEqualTo(3);
    }

    @Test
    void shouldExtractTheSeedsWithoutKafka() {
        String out = capture(() -> Newsflow.commandLine().execute("extract", SEEDS.toString(),
                "--data-dir", dir.toString()));

        List<JsonNode> articles = out.lines().map(NewsflowCommandsTest::json).toList();
        assertThat(articles).hasSize(5);
        assertThat(articles).allSatisfy(a -> {
            assertThat(a.path("title").asText()).isNotBlank();
            assertThat(a.path("source").path("path").asText()).endsWith(".txt");
            assertThat(a.path("category").asText()).isIn("politics", "world");
        });
    }

    @Test
    void shouldTrainAModelOnAnyLabelSetAndUseIt() throws Exception {
        Path labeled = dir.resolve("labeled.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add("{\"label\": \"cooking\", \"text\": \"Whisk the eggs with flour and butter, bake the dough "
                    + "in the oven for " + (20 + i) + " minutes and serve the cake warm.\"}");
            lines.add("{\"label\": \"sailing\", \"title\": \"Regatta\", \"text\": \"The crew trimmed the sails, "
                    + "tacked into the wind and the yacht crossed the harbour in " + (2 + i) + " hours.\"}");
        }
        Files.write(labeled, lines);
        Path model = dir.resolve("hobbies.model");

        String trained = capture(() -> Newsflow.commandLine().execute("tagger", "train", "--labeled",
                labeled.toString(), "--out", model.toString(), "--folds", "3"));
        Path article = dir.resolve("cake.txt");
        Files.writeString(article, "A cake for Sunday\n\nBeat the butter and sugar, whisk in the eggs and flour, "
                + "then bake the dough in a hot oven until golden and serve it warm with cream.\n");
        String extracted = capture(() -> Newsflow.commandLine().execute("extract", article.toString(),
                "--tagger-model", model.toString(), "--data-dir", dir.toString()));

        assertThat(trained).contains("3-fold cross-validation: accuracy 1.0000").contains("2 labels [cooking, sailing]");
        assertThat(json(extracted.strip()).path("category").asText()).isEqualTo("cooking");
    }

    @Test
    void shouldScoreTheCleanerOnADevSetWithItsOwnMetric() throws Exception {
        Files.createDirectories(dir.resolve("pages"));
        String paragraph = "The ferry to the islands will run twice a day from June, the operator said on Tuesday, "
                + "after a winter in which storms cancelled one crossing in three.";
        Files.writeString(dir.resolve("pages").resolve("ferry.html"), "<html><body><nav><a href=/>Home</a> "
                + "<a href=/news>News</a></nav><article><h1>Ferry timetable</h1><p>" + paragraph
                + "</p></article><footer>Contact us</footer></body></html>");
        Files.writeString(dir.resolve("truth.jsonl"), "{\"id\": \"ferry\", \"source\": \"test\", \"body\": \""
                + paragraph + "\"}\n");
        Path predictions = dir.resolve("predictions.jsonl");

        String out = capture(() -> Newsflow.commandLine().execute("bench", "quality", dir.toString(), "--oracle",
                "--predictions", predictions.toString()));

        assertThat(out).contains("the cleaner on 1 pages:").contains("hindsight oracle").contains("caption");
        JsonNode last = json(out.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(last.path("pages").asInt()).isEqualTo(1);
        assertThat(last.path("f1").asDouble()).isEqualTo(1.0);
        assertThat(json(Files.readString(predictions).strip()).path("body").asText()).isEqualTo(paragraph);
    }

    private static JsonNode json(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static String capture(Runnable command) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            command.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
