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
    void shouldReportTheCpuRatioOfTheMeasuringThread() throws Exception {
        List<Path> files = ExtractBenchmark.htmlFiles(fixtureDir());
        long[] calls = {0};
        // per page: before parse, after parse, after clean; parse takes 10 CPU units, clean 30
        java.util.function.LongSupplier cpu = () -> {
            long n = calls[0]++;
            return n / 3 * 100 + new long[] {0, 10, 40}[(int) (n % 3)];
        };
        ExtractBenchmark bench = new ExtractBenchmark(io.newsflow.processing.clean.ArticleCleaners.standard(),
                System::nanoTime, cpu);

        assertThat(bench.measure(files).cpuRatio()).isEqualTo(3.0);
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
