package io.newsflow.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A long-running JVM of the chaos test (a newsflow stage, or the broker), started from the built jar, that can
 * be killed with SIGKILL. Its output goes to files in the work folder, one pair per start.
 */
final class StageProcess {
    private static final Path JAR = Path.of("target", "newsflow.jar");
    /** 128 + SIGKILL (9): how a JVM killed with {@code kill -9} exits on Linux. */
    static final int SIGKILL_EXIT = 137;

    private final String name;
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private StageProcess(String name, Process process, Path stdout, Path stderr) {
        this.name = name;
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** {@code java -jar newsflow.jar ARGS...}. */
    static StageProcess newsflow(Path workDir, String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx384m", "-XX:+UseSerialGC",
                "-jar", jar()));
        command.addAll(args);
        return start(workDir, name, command);
    }

    /** {@code java -cp newsflow.jar MAIN ARGS...}. */
    static StageProcess main(Path workDir, String name, String mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-cp", jar(), mainClass));
        command.addAll(args);
        return start(workDir, name, command);
    }

    private static StageProcess start(Path workDir, String name, List<String> command) throws IOException {
        Path logs = Files.createDirectories(workDir.resolve("logs"));
        Path out = Files.createTempFile(logs, name + "-", ".out");
        Path err = Files.createTempFile(logs, name + "-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putIfAbsent("NEWSFLOW_HTTP_PORT", "0"); // three stages on one host: no HTTP port
        Process p = builder.start();
        return new StageProcess(name, p, out, err);
    }

    /** Sends SIGKILL ({@link Process#destroyForcibly()} on Linux) and waits for the exit; returns the exit code. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " still alive 30 s after SIGKILL");
        }
        return process.exitValue();
    }

    /** Sends SIGTERM and waits for a graceful exit, killing it if it takes longer than {@code limit}. */
    int terminate(Duration limit) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            return kill();
        }
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    String name() {
        return name;
    }

    String stdout() throws IOException {
        return Files.readString(stdout);
    }

    String stderrTail() throws IOException {
        String text = Files.readString(stderr);
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }

    private static String jar() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: integration tests run after `package`");
        }
        return JAR.toAbsolutePath().toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
