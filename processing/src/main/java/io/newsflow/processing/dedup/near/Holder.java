package io.newsflow.processing.dedup.near;

import io.newsflow.model.Article;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends an article, as its bytes (in the serde it is given), to its verdict gatherer keyed by its id, to wait there for its bucket
 * verdicts. It is written once here and read once when it leaves the stage.
 */
public final class Holder implements Processor<String, Article, String, NearMessage> {
    private final int buckets;
    private final Serde<Article> articles;
    private ProcessorContext<String, NearMessage> context;

    public Holder(int buckets, Serde<Article> articles) {
        this.buckets = buckets;
        this.articles = articles;
    }

    @Override
    public void init(ProcessorContext<String, NearMessage> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        context.forward(record.withKey(article.id()).withValue(NearMessage.held(article.id(), record.timestamp(),
                articles.serializer().serialize(null, article), buckets)));
    }
}
