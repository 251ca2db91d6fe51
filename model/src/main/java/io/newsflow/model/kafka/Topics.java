package io.newsflow.model.kafka;

import io.newsflow.model.Article;
import io.newsflow.model.Checks;
import io.newsflow.model.Duplicate;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Rejected;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed topics of a newsflow deployment. Every topic is keyed by the record's id (a string); values are
 * JSON. Consumers can use these handles directly:
 * {@code new KafkaConsumer<>(props, topics.articles().keySerde().deserializer(), topics.articles().valueSerde().deserializer())}.
 *
 * @param names the topic names
 */
public record Topics(TopicNames names) {
    public static final Topics DEFAULT = new Topics(TopicNames.DEFAULT);

    public Topics {
        Checks.notNull(names, "names");
    }

    public Topic<String, RawArticle> raw() {
        return new Topic<>(names.raw(), Serdes.String(), JsonSerde.of(RawArticle.class));
    }

    public Topic<String, Article> articles() {
        return new Topic<>(names.articles(), Serdes.String(), JsonSerde.of(Article.class));
    }

    public Topic<String, Duplicate> duplicates() {
        return new Topic<>(names.duplicates(), Serdes.String(), JsonSerde.of(Duplicate.class));
    }

    public Topic<String, Rejected> rejected() {
        return new Topic<>(names.rejected(), Serdes.String(), JsonSerde.of(Rejected.class));
    }
}
