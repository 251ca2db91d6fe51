package io.newsflow.processing.clean.bench;

import io.newsflow.model.Checks;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import io.newsflow.processing.clean.ArticleCleaner;
import io.newsflow.processing.clean.ArticleCleaners;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * first ({@code .html} or {@code .html.gz}), both are warmed up, then timed over the same rounds, page by page in
 * turn (parse, then clean, the same page), so that load from other processes falls on both alike.
 */
public final class ExtractBenchmark {
    private static final int WARMUP_ROUNDS = 1;
    private static final int MEASURED_ROUNDS = 3;

    /**
     * @param pages              pages measured
     * @param cleanerPagesPerSec pages per second through {@link ArticleCleaners#standard()}
     * @param jsoupPagesPerSec   pages per second through {@code Jsoup.parse}
     * @param ratio              cleaner time over parse time
     */
    public record Result(int pages, double cleanerPagesPerSec, double jsoupPagesPerSec, double ratio) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "pages=%d cleaner=%.1f pages/s jsoup=%.1f pages/s ratio=%.2f", pages, cleanerPagesPerSec,
                    jsoupPagesPerSec, ratio);
        }
    }

    private final ArticleCleaner cleaner;
    private final LongSupplier nanoTicker;

    public ExtractBenchmark(ArticleCleaner cleaner, LongSupplier nanoTicker) {
        this.cleaner = Checks.notNull(cleaner, "cleaner");
        this.nanoTicker = Checks.notNull(nanoTicker, "nanoTicker");
    }

    /** Benchmarks the standard cleaner on the given HTML files. */
    public static Result run(List<Path> files) {
        return new ExtractBenchmark(ArticleCleaners.standard(), System::nanoTime).measure(files);
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
        long[] nanos = new long[2];
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long[] r = round(pages);
            nanos[0] += r[0];
            nanos[1] += r[1];
        }
        double n = pages.size() * (double) MEASURED_ROUNDS;
        return new Result(pages.size(), n / (nanos[1] / 1e9), n / (nanos[0] / 1e9), nanos[1] / (double) nanos[0]);
    }

    /** Parses then cleans each page in turn; returns the parse and the clean nanoseconds. */
    private long[] round(List<RawArticle> pages) {
        long parse = 0;
        long clean = 0;
        int sink = 0;
        for (RawArticle page : pages) {
            long start = nanoTicker.getAsLong();
            sink += Jsoup.parse(page.content()).childNodeSize();
            long parsed = nanoTicker.getAsLong();
            sink += cleaner.clean(page).hashCode() & 1;
            long cleaned = nanoTicker.getAsLong();
            parse += parsed - start;
            clean += cleaned - parsed;
        }
        return new long[] {parse, clean + (sink < 0 ? 1 : 0)};
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
