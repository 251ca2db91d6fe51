package io.newsflow.processing.topology;

import io.newsflow.model.Keyword;
import io.newsflow.processing.tag.ArticleTagger;
import io.newsflow.processing.tag.Tags;
import io.newsflow.processing.tag.TermStatistics;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stand-in tagger for topology tests: category "world", and as its single keyword the count of documents the
 * term statistics had seen, so tests can see that statistics are kept. A title containing "explode" throws.
 */
final class FixedTagger implements ArticleTagger {
    @Override
    public Tags tag(String title, String text, TermStatistics stats) {
        if (title.contains("explode")) {
            throw new IllegalStateException("tagger bug on purpose");
        }
        return new Tags("world", Map.of("world", 1.0), List.of(),
                List.of(new Keyword("docs-" + stats.documents(), stats.documentFrequency("putin"))), List.of());
    }

    @Override
    public Set<String> countedTerms(String title, String text) {
        return Arrays.stream(text.toLowerCase().split("\\W+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }
}
