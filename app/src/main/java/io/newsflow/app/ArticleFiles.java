package io.newsflow.app;

import io.newsflow.ingest.decode.FileDecoder;
import io.newsflow.ingest.decode.IngestLimits;
import io.newsflow.ingest.file.Discovery;
import io.newsflow.ingest.file.InputDiscovery;
import io.newsflow.ingest.file.InputFile;
import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.item.ItemFactory;
import io.newsflow.model.Article;
import io.newsflow.model.Rejected;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.processing.Step;
import io.newsflow.processing.clean.ArticleCleaner;
import io.newsflow.processing.clean.ArticleCleaners;
import io.newsflow.processing.clean.template.TemplateLearningCleaner;
import io.newsflow.processing.clean.template.TemplateSettings;
import io.newsflow.processing.clean.template.TemplateStats;
import io.newsflow.processing.clean.template.TemplateStore;
import io.newsflow.processing.tag.ArticleTagger;
import io.newsflow.processing.tag.TermStatistics;
import io.newsflow.processing.topology.ArticleAssembler;
import io.newsflow.processing.topology.ArticleTagging;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads article files through the pipeline's own code — ingest's decoding, the processing stage's cleaning and
 * tagging — without Kafka: what {@code newsflow extract} and {@code newsflow dedup} show is what the Streams job
 * would make of the same files (deduplication aside).
 */
final class ArticleFiles {
    private final FileDecoder decoder;
    private final ArticleAssembler assembler;
    private final ArticleTagger tagger;
    private final Clock clock;

    ArticleFiles(NewsflowConfig config, Clock clock) {
        this.decoder = new FileDecoder(IngestLimits.of(config.ingest()), ItemFactory.withTimeOrderedIds(clock));
        // as the Streams job: the stateless cleaner plus per-site templates learned from the files read so far
        ArticleCleaner cleaner = new TemplateLearningCleaner(ArticleCleaners.standard(), new MemoryTemplates(),
                TemplateSettings.DEFAULT, clock);
        this.assembler = new ArticleAssembler(cleaner, config.processing().minWords(), clock);
        this.tagger = Stages.tagger(config);
        this.clock = clock;
    }

    /** Template statistics for one run of a command, in memory. */
    private static final class MemoryTemplates implements TemplateStore {
        private final Map<String, TemplateStats> sites = new HashMap<>();

        @Override
        public TemplateStats get(String site) {
            return sites.getOrDefault(site, TemplateStats.EMPTY);
        }

        @Override
        public void put(String site, TemplateStats stats) {
            sites.put(site, stats);
        }
    }

    /** Each record of each file, in order: a tagged article or the reason it was rejected. */
    void read(List<Path> paths, Consumer<Article> articles, Consumer<Rejected> rejections) {
        Discovery found = new InputDiscovery().discover(paths);
        if (!found.missing().isEmpty()) {
            throw new IllegalArgumentException("input does not exist or is not a file or folder: "
                    + found.missing().get(0));
        }
        for (InputFile file : found.files()) {
            decoder.decode(file, item -> {
                if (item instanceof IngestItem.Accepted accepted) {
                    Step<Article> step = assembler.assemble(accepted.article());
                    if (step.goesOn()) {
                        articles.accept(ArticleTagging.tagged(step.value(), tagger, TermStatistics.empty(),
                                clock.instant()));
                    } else {
                        rejections.accept(step.rejected());
                    }
                } else if (item instanceof IngestItem.Refused refused) {
                    rejections.accept(refused.rejected());
                }
            });
        }
    }
}
