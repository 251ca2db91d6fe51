package io.newsflow.processing.tag;

/**
 * Document frequencies of terms over the articles seen so far. The topology backs it with a Kafka Streams store
 * and adds {@link ArticleTagger#countedTerms} of every tagged article to it.
 */
public interface TermStatistics {
    /** How many documents the statistics cover. */
    long documents();

    /** In how many of those documents {@code term} occurs (0 when never seen). */
    long documentFrequency(String term);

    /** Statistics of an empty stream: the tagger then falls back to its built-in background frequencies. */
    static TermStatistics empty() {
        return EmptyTermStatistics.INSTANCE;
    }
}
