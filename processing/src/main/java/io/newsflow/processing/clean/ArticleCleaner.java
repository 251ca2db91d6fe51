package io.newsflow.processing.clean;

import io.newsflow.model.RawArticle;

/**
 * Turns one raw record into a clean article, or says why it can't. Implementations are stateless and
 * thread-safe; they never throw for bad content (that becomes {@link CleanResult.Unusable}), only for a null
 * argument.
 */
public interface ArticleCleaner {
    CleanResult clean(RawArticle raw);
}
