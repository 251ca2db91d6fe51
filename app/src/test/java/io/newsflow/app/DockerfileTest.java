package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The image's build stage copies every module the parent pom lists: a module left out fails {@code docker build}
 * ("Child module ... does not exist"), which no test here can run (no Docker engine on the CI machines).
 */
class DockerfileTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern COPY = Pattern.compile("(?m)^COPY ([\\w-]+) \\1$");

    @Test
    void shouldCopyEveryModuleOfTheBuildIntoTheBuildStage() throws IOException {
        List<String> modules = all(MODULE, Files.readString(ROOT.resolve("pom.xml")));
        List<String> copied = all(COPY, Files.readString(ROOT.resolve("Dockerfile")));

        assertThat(modules).isNotEmpty();
        assertThat(copied).containsExactlyInAnyOrderElementsOf(modules);
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.results().map(r -> r.group(1)).toList();
    }
}
