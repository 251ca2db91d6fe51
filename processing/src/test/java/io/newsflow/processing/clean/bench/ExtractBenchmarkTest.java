package io.newsflow.processing.clean.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ExtractBenchmarkTest {

    @Test
    void shouldMeasureCleanerAndJsoupOnTheSamePages() throws Exception {
        List<Path> files = ExtractBenchmark.htmlFiles(fixtureDir());

        ExtractBenchmark.Result result = ExtractBenchmark.run(files);

        assertThat(result.pages()).isEqualTo(files.size()).isPositive();
        assertThat(result.cleanerPagesPerSec()).isPositive();
        assertThat(result.jsoupPagesPerSec()).isPositive();
        assertThat(result.ratio()).isCloseTo(result.jsoupPagesPerSec() / result.cleanerPagesPerSec(),
                org.assertj.core.data.Percentage.withPercentage(1));
    }

    @Test
    void shouldRefuseToMeasureNoPages() {
        assertThatThrownBy(() -> ExtractBenchmark.run(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("files");
    }

    private static Path fixtureDir() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(ExtractBenchmarkTest.class.getResource("/html")).toURI());
    }
}
