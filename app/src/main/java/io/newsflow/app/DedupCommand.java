package io.newsflow.app;

import io.newsflow.model.Article;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.processing.dedup.TextFingerprint;
import io.newsflow.processing.dedup.near.NearDuplicates;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Explains the dedup verdict for two files, to tune the threshold. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Explain whether two article files are duplicates: both are cleaned as the pipeline would, "
                + "then compared exactly (fingerprints) and nearly (MinHash/LSH: similarity, estimated and exact "
                + "Jaccard, shared shingles, band collisions, the verdict at processing.near-duplicate-threshold).",
                "Exit code 0 when they are duplicates, 1 when not."})
final class DedupCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE_A")
    Path first;

    @Parameters(index = "1", paramLabel = "FILE_B")
    Path second;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() {
        NewsflowConfig config = kafka.load();
        ArticleFiles files = new ArticleFiles(config, Clock.systemUTC());
        Article a = only(files, first);
        Article b = only(files, second);
        boolean exact = TextFingerprint.of(a.text()).equals(TextFingerprint.of(b.text()));
        System.out.printf("A: %s (%d words)%nB: %s (%d words)%n", a.title(), a.wordCount(), b.title(), b.wordCount());
        System.out.printf("exact duplicate (same normalised text): %s%n", exact ? "yes" : "no");
        var explanation = NearDuplicates.of(config.processing()).explain(a.text(), b.text());
        System.out.println(explanation.describe());
        return exact || explanation.nearDuplicate() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static Article only(ArticleFiles files, Path file) {
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        files.read(List.of(file), articles::add, r -> problems.add(r.reason().code() + ": " + r.detail()));
        if (articles.size() != 1) {
            throw new IllegalArgumentException(file + " must hold exactly one article, found " + articles.size()
                    + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")"));
        }
        return articles.get(0);
    }
}
