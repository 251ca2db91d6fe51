package io.newsflow.model;

/**
 * A distinctive term or phrase of an article.
 *
 * @param term  the term, lower-cased
 * @param score its weight in the article (higher is more distinctive)
 */
public record Keyword(String term, double score) {
    public Keyword {
        Checks.notBlank(term, "term");
    }
}
