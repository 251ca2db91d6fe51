package io.newsflow.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built {@code newsflow.jar} as a separate JVM, as a user would, and collects its output. */
final class CliProcess {
    private static final Path JAR = Path.of("target", "newsflow.jar");

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private CliProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    static CliProcess start(Path workDir, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: integration tests run after `package`");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putIfAbsent("NEWSFLOW_HTTP_PORT", "0"); // tests that serve HTTP say --http-port
        Process p = builder.start();
        return new CliProcess(p, out, err);
    }

    /** Runs a command to its end and returns its exit code; fails the test if it takes longer than {@code limit}. */
    static Result run(Path workDir, Duration limit, String... args) throws IOException, InterruptedException {
        CliProcess p = start(workDir, args);
        return p.awaitExit(limit);
    }

    Result awaitExit(Duration limit) throws InterruptedException, IOException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("newsflow did not finish within " + limit + "; stderr:\n" + Files.readString(stderr));
        }
        return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    /** Sends SIGTERM, as Ctrl-C or a service manager would. */
    void terminate() {
        process.destroy();
    }

    String stderrSoFar() throws IOException {
        return Files.readString(stderr);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    record Result(int exitCode, String stdout, String stderr) {
    }
}
