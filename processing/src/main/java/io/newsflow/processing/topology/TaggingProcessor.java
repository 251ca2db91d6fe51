package io.newsflow.processing.topology;

import io.newsflow.model.Article;
import io.newsflow.processing.tag.ArticleTagger;
import io.newsflow.processing.tag.CountedTags;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Tags kept articles (category, entities, keywords, topics) and counts their terms for later keyword weights. */
final class TaggingProcessor implements FixedKeyProcessor<String, Article, Article> {
    /** How often the term counts still pending are written, whatever the number of articles. */
    static final Duration WRITE_EVERY = Duration.ofSeconds(1);

    private final String storeName;
    private final ArticleTagger tagger;
    private final Clock clock;
    private FixedKeyProcessorContext<String, Article> context;
    private StoreTermStatistics statistics;

    TaggingProcessor(String storeName, ArticleTagger tagger, Clock clock) {
        this.storeName = storeName;
        this.tagger = tagger;
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.statistics = new StoreTermStatistics(context.getStateStore(storeName));
        context.schedule(WRITE_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> statistics.write());
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        CountedTags tags = tagger.tagCounting(ArticleTagging.titleOf(article), article.text(), statistics);
        statistics.count(tags.terms());
        context.forward(record.withValue(ArticleTagging.tagged(article, tags.tags(), clock.instant())));
    }
}
