package io.newsflow.app;

import io.newsflow.processing.clean.ArticleCleaners;
import io.newsflow.processing.clean.bench.BlockOracle;
import io.newsflow.processing.clean.bench.DevPage;
import io.newsflow.processing.clean.bench.DevSet;
import io.newsflow.processing.clean.bench.DevSetEvaluator;
import io.newsflow.processing.clean.bench.Quality;
import io.newsflow.processing.clean.bench.QualityReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Scores the HTML cleaner on an extraction dev set (truth.jsonl + pages/), with the dev set's own metric. */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = {"Clean every page of an extraction dev set (DIR/truth.jsonl and DIR/pages/<id>.html[.gz]) "
                + "and score the bodies against the truth: token 4-gram F1, precision and recall, for the whole "
                + "set, each source and the even and odd halves.",
                "With --oracle, also the ceiling of choosing whole blocks of each page knowing the truth, and what "
                        + "deciding each kind of block (captions, tables, lists, ...) the same way on every page "
                        + "would cost even that oracle."})
final class BenchQualityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "the dev set's folder")
    Path dir;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "also write the predictions as {id, body} lines, for the set's own scorer")
    Path predictionsFile;

    @Option(names = "--oracle", description = "also measure the hindsight oracle and the per-kind ceilings")
    boolean oracle;

    @Override
    public Integer call() throws IOException {
        List<DevPage> pages = DevSet.load(dir);
        Map<String, String> predictions = new DevSetEvaluator(ArticleCleaners.standard()).predict(pages);
        if (predictionsFile != null) {
            DevSetEvaluator.write(predictions, predictionsFile);
        }
        PrintStream out = System.out;
        out.println("the cleaner on " + pages.size() + " pages:");
        List<QualityReport.Row> rows = QualityReport.of(pages, predictions);
        rows.forEach(row -> out.println(line(row.group(), row.quality())));
        if (oracle) {
            printOracle(out, pages);
        }
        Quality all = rows.get(0).quality();
        out.printf(Locale.ROOT, "{\"pages\":%d,\"f1\":%.5f,\"precision\":%.5f,\"recall\":%.5f}%n", all.pages(),
                all.f1(), all.precision(), all.recall());
        return ExitCodes.OK;
    }

    private static void printOracle(PrintStream out, List<DevPage> pages) throws IOException {
        BlockOracle oracle = BlockOracle.of(pages);
        out.println("hindsight oracle (whole blocks of each page, chosen knowing the truth):");
        QualityReport.of(pages, oracle.predictions()).forEach(row -> out.println(line(row.group(), row.quality())));
        out.println("the oracle with one kind of block decided alike on every page (inside the truth's span):");
        for (BlockOracle.Kind kind : BlockOracle.Kind.values()) {
            double keep = QualityReport.of(pages, oracle.forced(kind, true)).get(0).quality().f1();
            double drop = QualityReport.of(pages, oracle.forced(kind, false)).get(0).quality().f1();
            out.printf(Locale.ROOT, "  %-10s keep all F1=%.5f   drop all F1=%.5f%n",
                    kind.name().toLowerCase(Locale.ROOT), keep, drop);
        }
    }

    private static String line(String group, Quality q) {
        return String.format(Locale.ROOT, "  %-20s %s", group, q);
    }
}
