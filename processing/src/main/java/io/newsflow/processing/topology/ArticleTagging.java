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

    static Article tagged(Article article, Tags tags, Instant now) {
        return article.toBuilder()
                .category(tags.category())
                .categories(tags.categories())
                .entities(tags.entities())
                .keywords(tags.keywords())
                .topics(tags.topics())
                .processedAt(now)
                .build();
    }

    static String titleOf(Article article) {
        return article.title() == null ? "" : article.title();
    }
}
