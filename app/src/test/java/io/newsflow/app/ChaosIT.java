package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly once under crashes, the way a user's deployment meets them: the broker in a JVM of its own, and the
 * three stages ({@code newsflow ingest}, {@code process}, {@code sink}) each in its own JVM from the built jar.
 * While a generated corpus (unique articles, exact and near copies, lines that are not JSON, articles too short to
 * keep) is dropped into the input folder, a seeded random stage is killed with SIGKILL and restarted, again and
 * again, and once the broker itself is killed and restarted on the same data and port. Every kill waits for the
 * output to grow first (progress, not sleeps): to at least 80 % of the records dropped before the previous kill,
 * so the kills spread over the whole run. Afterwards: each group of an original and its copies is exactly
 * one article and the rest duplicates, every bad line rejected once, nothing else, and in = articles +
 * duplicates + rejected.
 *
 * <p>The same run goes twice: on newsflow's default single combined node, which is killed halfway and restarted
 * on the same data and port; and on a cluster of a separate controller and three brokers (replication 3,
 * {@code min.insync.replicas} 2), where a broker is killed halfway and restarted at three quarters, so five stage
 * kills happen while the cluster runs on two brokers.
 *
 * <p>The Streams and sink consumer groups use a 6 s session timeout (the broker's minimum) instead of 45 s, set
 * through the config file's {@code kafka.streams} and {@code kafka.properties}: a SIGKILL'd member leaves no
 * goodbye, so its partitions wait for the session to expire before they move to the restarted instance.
 *
 * <p>Sizes: {@code -Dchaos.articles} (10,000), {@code -Dchaos.kills} (20), {@code -Dchaos.seed}; run one of the
 * two with {@code -Dit.test=ChaosIT#shouldWrite*Three*}.
 */
class ChaosIT {
    private static final Logger LOG = LoggerFactory.getLogger(ChaosIT.class);
    private static final int RECORDS = Integer.getInteger("chaos.articles", 10_000);
    private static final int KILLS = Integer.getInteger("chaos.kills", 20);
    private static final long SEED = Long.getLong("chaos.seed", 20_261_121L);
    private static final Duration PROGRESS_WAIT = Duration.ofSeconds(45);
    private static final Duration FINISH_WAIT = Duration.ofMinutes(4);
    private static final List<String> STAGES = List.of("ingest", "process", "sink");

    @TempDir
    Path work;
    private final Map<String, StageProcess> running = new LinkedHashMap<>();
    private final OutputCounter output = new OutputCounter();
    private ChaosCluster cluster;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (StageProcess stage : running.values()) {
            stage.kill();
        }
        if (cluster != null) {
            cluster.kill();
        }
    }

    @Test
    void shouldWriteEveryRecordExactlyOnceWhileStagesAreKilledAndTheBrokerRestarts() throws Exception {
        cluster = ChaosCluster.standalone(work);
        run();
    }

    @Test
    void shouldWriteEveryRecordExactlyOnceWhileStagesAreKilledAndABrokerOfThreeDies() throws Exception {
        cluster = ChaosCluster.threeBrokers(work);
        run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        ChaosCorpus corpus = ChaosCorpus.generate(SEED, RECORDS);
        Path in = Files.createDirectories(work.resolve("in"));
        Path out = work.resolve("out");
        Files.writeString(work.resolve("chaos.yaml"), config(), StandardCharsets.UTF_8);
        for (String stage : STAGES) {
            start(stage);
        }

        Random random = new Random(SEED);
        int failAt = KILLS / 2;
        int recoverAt = KILLS * 3 / 4;
        int files = corpus.fileCount();
        int nextFile = 0;
        List<String> killLog = new ArrayList<>();
        List<Long> recoveries = new ArrayList<>();
        int selfExits = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            int upTo = (int) Math.ceil(files * (kill + 1.0) / (KILLS + 1));
            for (; nextFile < upTo; nextFile++) {
                corpus.write(in, nextFile);
            }
            long before = output.count(out);
            long progressSince = System.nanoTime();
            long target = Math.max(before + 1, (long) (0.8 * corpus.records() * kill / (KILLS + 1)));
            boolean progressed = awaitOutput(out, target, PROGRESS_WAIT);
            recoveries.add(Duration.ofNanos(System.nanoTime() - progressSince).toMillis());
            selfExits += restartExited();
            if (kill == failAt) {
                killLog.add(cluster.fail() + " (" + output.count(out) + ")");
            }
            if (kill == recoverAt) {
                String recovered = cluster.recover();
                if (!recovered.isEmpty()) {
                    killLog.add(recovered + " (" + output.count(out) + ")");
                }
            }
            String victim = STAGES.get(random.nextInt(STAGES.size()));
            int code = running.get(victim).kill();
            assertThat(code).as("%s exit code after SIGKILL", victim).isEqualTo(StageProcess.SIGKILL_EXIT);
            killLog.add(victim + "(" + output.count(out) + (progressed ? "" : ", no progress") + ")");
            start(victim);
        }
        for (; nextFile < files; nextFile++) {
            corpus.write(in, nextFile);
        }
        long chaosEnded = System.nanoTime();
        boolean complete = awaitOutput(out, corpus.records(), FINISH_WAIT);
        long drained = System.nanoTime();
        selfExits += countExited();
        for (StageProcess stage : running.values()) {
            stage.terminate(Duration.ofSeconds(30));
        }
        running.clear();

        List<JsonNode> articles = OutputFolder.records(out, "articles");
        List<JsonNode> duplicates = OutputFolder.records(out, "duplicates");
        List<JsonNode> rejected = OutputFolder.records(out, "rejected");
        LOG.info("chaos: {} records ({}), {} kills {}, cluster start {} ms, waits for progress "
                        + "before each kill (ms) {}, stages that exited by themselves {}, drained {} s after the last "
                        + "kill, {} s in all; out: {} articles, {} duplicates, {} rejected",
                corpus.records(), corpus.mix(), KILLS, killLog, cluster.started().took().toMillis(),
                recoveries, selfExits, TimeUnit.NANOSECONDS.toSeconds(drained - chaosEnded),
                TimeUnit.NANOSECONDS.toSeconds(drained - started), articles.size(), duplicates.size(),
                rejected.size());
        assertThat(complete).as("all %s records out within %s; %s articles, %s duplicates, %s rejected",
                corpus.records(), FINISH_WAIT, articles.size(), duplicates.size(), rejected.size()).isTrue();
        assertExactlyOnce(corpus, articles, duplicates, rejected);
    }

    private static void assertExactlyOnce(ChaosCorpus corpus, List<JsonNode> articles, List<JsonNode> duplicates,
                                          List<JsonNode> rejected) {
        List<String> articleUrls = articles.stream().map(a -> a.path("url").asText()).toList();
        List<String> duplicateUrls = duplicates.stream().map(d -> d.path("article").path("url").asText()).toList();
        assertThat(articleUrls).as("articles written twice").doesNotHaveDuplicates();
        assertThat(duplicateUrls).as("duplicates written twice").doesNotHaveDuplicates();
        Map<String, Long> articlesPerGroup = articleUrls.stream()
                .collect(Collectors.groupingBy(u -> corpus.groupOfUrl().getOrDefault(u, "unknown " + u),
                        Collectors.counting()));
        Map<String, Long> wrongGroups = new HashMap<>();
        corpus.groupSizes().keySet().forEach(g -> {
            long n = articlesPerGroup.getOrDefault(g, 0L);
            if (n != 1) {
                wrongGroups.put(g, n);
            }
        });
        assertThat(wrongGroups).as("groups (original and copies) without exactly one article").isEmpty();
        assertThat(articlesPerGroup).as("articles from no group").containsOnlyKeys(corpus.groupSizes().keySet());
        List<String> expectedDuplicates = new ArrayList<>(corpus.groupOfUrl().keySet());
        expectedDuplicates.removeAll(articleUrls);
        assertThat(duplicateUrls).containsExactlyInAnyOrderElementsOf(expectedDuplicates);
        List<String> rejectedLines = rejected.stream()
                .map(r -> r.path("source").path("path").asText() + ":" + r.path("source").path("line").asText())
                .toList();
        assertThat(rejectedLines).containsExactlyInAnyOrderElementsOf(corpus.badLines());
        assertThat(articles.size() + duplicates.size() + rejected.size()).as("in = out").isEqualTo(corpus.records());
    }

    private static String config() {
        return """
                kafka:
                  partitions: 3
                  properties:
                    session.timeout.ms: 6000
                    heartbeat.interval.ms: 1500
                  streams:
                    session.timeout.ms: 6000
                    heartbeat.interval.ms: 1500
                ingest:
                  scan-interval: 1s
                sink:
                  flush-interval: 1s
                """;
    }

    private void start(String stage) throws IOException {
        List<String> args = new ArrayList<>(List.of(stage, "--bootstrap-servers", cluster.bootstrapServers(), "--config", "chaos.yaml",
                "--data-dir", "data-" + stage));
        switch (stage) {
            case "ingest" -> args.addAll(List.of("--input", "in"));
            case "sink" -> args.addAll(List.of("--out", "out"));
            default -> { }
        }
        running.put(stage, StageProcess.newsflow(work, stage, args));
    }

    /** A stage that exited by itself (it gave up, e.g. while the broker was down) is restarted, as systemd would. */
    private int restartExited() throws IOException {
        int exited = 0;
        for (String stage : STAGES) {
            StageProcess p = running.get(stage);
            if (!p.alive()) {
                LOG.warn("{} exited by itself with {}: {}", stage, p.exitCode(), p.stderrTail());
                start(stage);
                exited++;
            }
        }
        return exited;
    }

    private int countExited() {
        return (int) running.values().stream().filter(p -> !p.alive()).count();
    }

    /** Polls the output folder until it holds {@code count} records, restarting stages that exit by themselves. */
    private boolean awaitOutput(Path out, long count, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (output.count(out) < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            restartExited();
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return true;
    }

    /**
     * Counts the lines of complete output files; a complete file never changes, so each is read once. The sink
     * renames its temp files while the folder is walked: a walk that meets a vanished entry counts what it has
     * and the next poll walks again.
     */
    private static final class OutputCounter {
        private final Map<Path, Long> lines = new HashMap<>();

        long count(Path out) throws IOException {
            if (!Files.isDirectory(out)) {
                return 0;
            }
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                        .filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                    lines.computeIfAbsent(file, (Function<Path, Long>) ChaosIT::lineCount);
                }
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException)) {
                    throw e;
                }
            }
            return lines.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static long lineCount(Path file) {
        try (Stream<String> l = Files.lines(file, StandardCharsets.UTF_8)) {
            return l.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
