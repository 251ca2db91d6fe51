package io.newsflow.processing.dedup.near;

import io.newsflow.model.Article;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Sends an article to its verdict gatherer, keyed by its id, to wait there for its band verdicts. */
public final class Holder implements Processor<String, Article, String, NearMessage> {
    private final int bands;
    private ProcessorContext<String, NearMessage> context;

    public Holder(int bands) {
        this.bands = bands;
    }

    @Override
    public void init(ProcessorContext<String, NearMessage> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        context.forward(record.withKey(article.id()).withValue(NearMessage.held(article, record.timestamp(), bands)));
    }
}
