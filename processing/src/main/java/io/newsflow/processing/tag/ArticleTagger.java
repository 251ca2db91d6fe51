package io.newsflow.processing.tag;

public interface ArticleTagger {
    Tags tag(String title, String text, TermStatistics stats);
    java.util.Set<String> countedTerms(String title, String text);
}
