package io.newsflow.processing.clean;

import io.newsflow.model.Checks;
import io.newsflow.model.RejectReason;

/** What cleaning one raw record gave: an article, or the reason there is none. */
public sealed interface CleanResult permits CleanResult.Cleaned, CleanResult.Unusable {

    /** The record held an article. */
    record Cleaned(CleanedArticle article) implements CleanResult {
        public Cleaned {
            Checks.notNull(article, "article");
        }
    }

    /**
     * The record holds no usable article.
     *
     * @param reason {@link RejectReason#NO_ARTICLE_TEXT} or {@link RejectReason#UNPROCESSABLE}
     * @param detail what was wrong, for the dead-letter record
     */
    record Unusable(RejectReason reason, String detail) implements CleanResult {
        public Unusable {
            Checks.notNull(reason, "reason");
            Checks.notNull(detail, "detail");
        }
    }

    static CleanResult noText(String detail) {
        return new Unusable(RejectReason.NO_ARTICLE_TEXT, detail);
    }

    static CleanResult unprocessable(String detail) {
        return new Unusable(RejectReason.UNPROCESSABLE, detail);
    }
}
