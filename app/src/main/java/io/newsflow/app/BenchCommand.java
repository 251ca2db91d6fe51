package io.newsflow.app;

import io.newsflow.processing.clean.bench.ExtractBenchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Benchmarks, reported as ratios to a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks; each reports a ratio to a baseline measured in the same run, since absolute "
                + "numbers on a shared machine mean little.",
        subcommands = {BenchCommand.Extract.class, BenchQualityCommand.class, BenchPipelineCommand.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Clean every HTML page under DIR (.html, .htm, optionally .gz) and print pages/s of the "
                    + "cleaner and of a plain Jsoup parse of the same pages, measured in the same run, and their ratio.")
    static final class Extract implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() throws IOException {
            List<Path> pages = ExtractBenchmark.htmlFiles(dir);
            if (pages.isEmpty()) {
                throw new IllegalArgumentException("no .html or .htm pages under " + dir);
            }
            ExtractBenchmark.Result result = ExtractBenchmark.run(pages);
            System.out.println(result);
            System.out.printf(Locale.ROOT, "{\"pages\":%d,\"cleaner_pages_per_s\":%.1f,\"jsoup_pages_per_s\":%.1f,"
                            + "\"ratio\":%.2f,\"cpu_ratio\":%.2f}%n", result.pages(), result.cleanerPagesPerSec(),
                    result.jsoupPagesPerSec(), result.ratio(), result.cpuRatio());
            return ExitCodes.OK;
        }
    }
}
