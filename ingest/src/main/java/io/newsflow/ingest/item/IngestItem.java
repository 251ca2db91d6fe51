package io.newsflow.ingest.item;

import io.newsflow.model.Checks;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Rejected;
import io.newsflow.model.Source;

/**
 * One outcome of reading an input: an article for the raw topic, or a dead letter for the rejected topic.
 * Every input record becomes exactly one item; nothing is dropped.
 */
public sealed interface IngestItem permits IngestItem.Accepted, IngestItem.Refused {

    /** The record's id, also its Kafka key. */
    String id();

    /** Where the record came from. */
    Source source();

    /** An input that became a raw article. */
    record Accepted(RawArticle article) implements IngestItem {
        public Accepted {
            Checks.notNull(article, "article");
        }

        @Override
        public String id() {
            return article.id();
        }

        @Override
        public Source source() {
            return article.source();
        }
    }

    /** An input that could not be read, and why. */
    record Refused(Rejected rejected) implements IngestItem {
        public Refused {
            Checks.notNull(rejected, "rejected");
        }

        @Override
        public String id() {
            return rejected.id();
        }

        @Override
        public Source source() {
            return rejected.source();
        }
    }
}
