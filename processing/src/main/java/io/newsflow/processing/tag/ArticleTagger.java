package io.newsflow.processing.tag;

import java.util.Set;

/** Tags one article: category, entities, keywords and user topics. Implementations are thread-safe. */
public interface ArticleTagger {
    /**
     * Tags an article.
     *
     * @param title the headline, may be null or empty
     * @param text  the clean body
     * @param stats document frequencies of the stream so far (may be {@link TermStatistics#empty()})
     */
    Tags tag(String title, String text, TermStatistics stats);

    /** The distinct terms the caller adds to the document-frequency store after tagging this article. */
    Set<String> countedTerms(String title, String text);

    /**
     * {@link #tag} and {@link #countedTerms} together; a tagger that reads the text once for both overrides it.
     */
    default CountedTags tagCounting(String title, String text, TermStatistics stats) {
        return new CountedTags(tag(title, text, stats), countedTerms(title == null ? "" : title, text));
    }
}
