package io.newsflow.processing.clean.bench;

import io.newsflow.model.Checks;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import io.newsflow.processing.clean.ArticleCleaner;
import io.newsflow.processing.clean.ArticleCleaners;
import io.newsflow.processing.clean.CleanResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Measures the HTML cleaner against a plain {@code Jsoup.parse} of the same pages in the same run: pages per
 * second of each and their ratio (cleaner time / parse time; the goal is 2 or less). Pages are read into memory
 * first ({@code .html} or {@code .html.gz}), both are warmed up ({@value #WARMUP_ROUNDS} rounds), then timed over the same rounds, page by page in
 * turn (parse, then clean, the same page), so that load from other processes falls on both alike. Besides wall time
 * it reports the ratio of the measuring thread's CPU time, which other processes on a shared machine do not inflate
 * (it leaves out the collector's threads, so the wall ratio is the one to judge by on a quiet machine).
 */
public final class ExtractBenchmark {
    /**
     * Rounds run before measuring, so that the JIT has compiled the hot paths of both as a long-running service
     * has: on the 528-page dev set the cleaner's ratio still falls over the second and third rounds after one
     * warm-up round, and is steady from the fourth.
     */
    private static final int WARMUP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 3;

    /**
     * @param pages              pages measured
     * @param cleanerPagesPerSec pages per second through {@link ArticleCleaners#standard()}
     * @param jsoupPagesPerSec   pages per second through {@code Jsoup.parse}
     * @param ratio              cleaner time over parse time
     * @param cpuRatio           cleaner CPU time over parse CPU time, of the measuring thread (NaN when the JVM
     *                           cannot tell a thread's CPU time)
     */
    public record Result(int pages, double cleanerPagesPerSec, double jsoupPagesPerSec, double ratio,
            double cpuRatio) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "pages=%d cleaner=%.1f pages/s jsoup=%.1f pages/s ratio=%.2f cpu-ratio=%.2f", pages,
                    cleanerPagesPerSec, jsoupPagesPerSec, ratio, cpuRatio);
        }
    }

    private final ArticleCleaner cleaner;
    private final LongSupplier nanoTicker;
    private final LongSupplier cpuTicker;

    /** A benchmark that measures wall time with {@code nanoTicker} only. */
    public ExtractBenchmark(ArticleCleaner cleaner, LongSupplier nanoTicker) {
        this(cleaner, nanoTicker, () -> 0L);
    }

    /** A benchmark that measures wall time with {@code nanoTicker} and CPU time with {@code cpuTicker}. */
    public ExtractBenchmark(ArticleCleaner cleaner, LongSupplier nanoTicker, LongSupplier cpuTicker) {
        this.cleaner = Checks.notNull(cleaner, "cleaner");
        this.nanoTicker = Checks.notNull(nanoTicker, "nanoTicker");
        this.cpuTicker = Checks.notNull(cpuTicker, "cpuTicker");
    }

    /** Benchmarks the standard cleaner on the given HTML files. */
    public static Result run(List<Path> files) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LongSupplier cpu = threads.isCurrentThreadCpuTimeSupported() ? threads::getCurrentThreadCpuTime : () -> 0L;
        return new ExtractBenchmark(ArticleCleaners.standard(), System::nanoTime, cpu).measure(files);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExtractBenchmark DIR (with *.html or *.html.gz)");
            System.exit(2);
        }
        System.out.println(run(htmlFiles(Path.of(args[0]))));
    }

    /** The {@code .html} and {@code .html.gz} files under {@code dir}, in name order. */
    public static List<Path> htmlFiles(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted()
                    .toList();
        }
    }

    public Result measure(List<Path> files) {
        Checks.notNull(files, "files");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("files can't be empty: nothing to measure");
        }
        List<RawArticle> pages = new ArrayList<>();
        for (Path f : files) {
            pages.add(RawArticle.of(f.getFileName().toString(), Source.file(f.getFileName().toString()),
                    ContentFormat.HTML, read(f), Instant.EPOCH));
        }
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            round(pages);
        }
        long[] nanos = new long[4];
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long[] r = round(pages);
            for (int k = 0; k < nanos.length; k++) {
                nanos[k] += r[k];
            }
        }
        double n = pages.size() * (double) MEASURED_ROUNDS;
        double cpuRatio = nanos[2] == 0 ? Double.NaN : nanos[3] / (double) nanos[2];
        return new Result(pages.size(), n / (nanos[1] / 1e9), n / (nanos[0] / 1e9), nanos[1] / (double) nanos[0],
                cpuRatio);
    }

    /**
     * Parses then cleans each page in turn; returns parse and clean wall nanoseconds, then their CPU nanoseconds. Each
     * result is used in a way as cheap as the parse's ({@code childNodeSize}): hashing the cleaned article would
     * read its whole text inside the cleaner's time.
     */
    private long[] round(List<RawArticle> pages) {
        long[] t = new long[4];
        int sink = 0;
        for (RawArticle page : pages) {
            long start = nanoTicker.getAsLong();
            long startCpu = cpuTicker.getAsLong();
            sink += Jsoup.parse(page.content()).childNodeSize();
            long parsed = nanoTicker.getAsLong();
            long parsedCpu = cpuTicker.getAsLong();
            sink += cleaner.clean(page) instanceof CleanResult.Cleaned ? 1 : 0;
            t[0] += parsed - start;
            t[1] += nanoTicker.getAsLong() - parsed;
            t[2] += parsedCpu - startCpu;
            t[3] += cpuTicker.getAsLong() - parsedCpu;
        }
        t[1] += sink < 0 ? 1 : 0;
        return t;
    }

    private static String read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("can't read page " + file, e);
        }
    }
}
