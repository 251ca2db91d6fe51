package io.newsflow.processing.topology;

import io.newsflow.model.Article;
import io.newsflow.processing.tag.ArticleTagger;
import io.newsflow.processing.tag.Tags;
import io.newsflow.processing.tag.TermStatistics;
import java.time.Instant;

/** Puts a tagger's verdict on an article: the one step the Streams job and {@code newsflow extract} share. */
public final class ArticleTagging {
    private ArticleTagging() {
    }

    public static Article tagged(Article article, ArticleTagger tagger, TermStatistics statistics, Instant now) {
        return tagged(article, tagger.tag(titleOf(article), article.text(), statistics), now);
    }

    /** The article with the tags; built field by field, so its word count is kept rather than counted again. */
    static Article tagged(Article a, Tags tags, Instant now) {
        return new Article(a.id(), a.version(), a.url(), a.canonicalUrl(), a.title(), a.text(), a.wordCount(),
                a.language(), a.publishedAt(), a.modifiedAt(), a.authors(), a.siteName(), a.description(),
                a.imageUrl(), tags.category(), tags.categories(), tags.topics(), tags.entities(), tags.keywords(),
                a.fingerprint(), a.provenance(), a.source(), a.ingestedAt(), now);
    }

    static String titleOf(Article article) {
        return article.title() == null ? "" : article.title();
    }
}
