package io.newsflow.processing.topology;

import io.newsflow.model.Checks;
import io.newsflow.processing.clean.ArticleCleaner;
import io.newsflow.processing.tag.ArticleTagger;
import java.time.Clock;

/**
 * The pluggable parts of the processing topology.
 *
 * @param cleaner turns raw records into article text and metadata
 * @param tagger  categorises and tags kept articles
 * @param clock   the time stamped on decisions
 */
public record PipelineParts(ArticleCleaner cleaner, ArticleTagger tagger, Clock clock) {
    public PipelineParts {
        Checks.notNull(cleaner, "cleaner");
        Checks.notNull(tagger, "tagger");
        Checks.notNull(clock, "clock");
    }
}
