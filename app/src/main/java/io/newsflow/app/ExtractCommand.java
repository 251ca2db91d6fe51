package io.newsflow.app;

import io.newsflow.model.Article;
import io.newsflow.model.kafka.JsonSerde;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Cleans and tags files without Kafka, printing what the articles topic would carry. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Clean and tag article files with the pipeline's own code, without Kafka, and print one "
                + "article per record as a JSON line (the articles topic's fields, with source.path).",
                "Records that cannot be made into an article are reported on stderr with the reason; the exit "
                        + "code is then 1."})
final class ExtractCommand implements Callable<Integer> {
    private static final JsonSerde<Article> ARTICLE = JsonSerde.of(Article.class);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders")
    List<Path> paths;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TaggingOptions tagging;

    @Override
    public Integer call() {
        java.util.Map<String, Object> overrides = new java.util.HashMap<>();
        tagging.addTo(overrides);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        AtomicInteger rejected = new AtomicInteger();
        new ArticleFiles(kafka.load(overrides), Clock.systemUTC()).read(paths,
                article -> out.println(new String(ARTICLE.toBytes(article), StandardCharsets.UTF_8)),
                rejection -> {
                    rejected.incrementAndGet();
                    System.err.println("rejected " + rejection.source().describe() + ": " + rejection.reason().code()
                            + ": " + rejection.detail());
                });
        out.flush();
        return rejected.get() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
