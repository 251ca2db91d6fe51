package io.newsflow.app;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, run as a separate process: loads a page, runs its JavaScript for a while of virtual
 * time, and prints the resulting DOM. Absent, the test is skipped, unless {@code NEWSFLOW_REQUIRE_BROWSER=1}
 * (as in CI), which fails it.
 */
final class Chromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The browser, or the test is skipped (or failed when a browser is required). */
    static Chromium required() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String message = "no Chromium on the PATH (" + NAMES + "); install Debian's: apt-get install -y chromium";
            if ("1".equals(System.getenv("NEWSFLOW_REQUIRE_BROWSER"))) {
                fail(message + " (NEWSFLOW_REQUIRE_BROWSER=1)");
            }
            Assumptions.abort(message);
        }
        return new Chromium(found.get());
    }

    /** Loads {@code url}, lets its scripts run for {@code budget} of virtual time, returns the serialised DOM. */
    String dumpDom(String url, Path profile, Duration budget) throws IOException, InterruptedException {
        Path out = Files.createTempFile(profile.getParent(), "dom", ".html");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".log");
        Process p = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=" + budget.toMillis(), "--dump-dom", url)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(budget.toSeconds() + 60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish; its log:\n" + Files.readString(err));
        }
        if (p.exitValue() != 0) {
            fail("chromium exited with " + p.exitValue() + "; its log:\n" + Files.readString(err));
        }
        return Files.readString(out);
    }

    private static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
