package io.newsflow.processing.tag;

import io.newsflow.model.Checks;
import java.util.Set;

/**
 * An article's tags with the distinct terms to add to the document-frequency store, found in one pass.
 *
 * @param tags  what the tagger says about the article
 * @param terms the terms {@link ArticleTagger#countedTerms} would give for it (not copied: the tagger's own set)
 */
public record CountedTags(Tags tags, Set<String> terms) {
    public CountedTags {
        Checks.notNull(tags, "tags");
        Checks.notNull(terms, "terms");
    }
}
