package io.newsflow.processing.dedup;

import io.newsflow.model.Article;
import io.newsflow.model.DuplicateOf;
import io.newsflow.model.Source;

/**
 * What a dedup store remembers of an article it has kept: enough to name it in a duplicate's
 * {@code duplicateOf} and to version updates of its URL.
 *
 * @param id          the kept article's id
 * @param source      where it came from
 * @param url         its URL
 * @param fingerprint its text fingerprint
 * @param version     its version under its canonical URL
 */
public record SeenArticle(String id, Source source, String url, String fingerprint, int version) {
    public static SeenArticle of(Article article) {
        return new SeenArticle(article.id(), article.source(), article.url(), article.fingerprint(), article.version());
    }

    public DuplicateOf asDuplicateOf() {
        return new DuplicateOf(id, source, url);
    }
}
