package io.newsflow.processing.dedup;

import io.newsflow.model.Article;
import io.newsflow.model.DedupMethod;
import io.newsflow.model.Duplicate;
import io.newsflow.processing.Step;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Exact duplicates of the cleaned text, keyed by its fingerprint: the same article body under another site's
 * template or another headline. First seen wins.
 */
public final class TextDedupProcessor implements FixedKeyProcessor<String, Article, Step<Article>> {
    private final String storeName;
    private final Duration window;
    private final Clock clock;
    private FixedKeyProcessorContext<String, Step<Article>> context;
    private SeenStore seen;

    public TextDedupProcessor(String storeName, Duration window, Clock clock) {
        this.storeName = storeName;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Step<Article>> context) {
        this.context = context;
        this.seen = new SeenStore(context.getStateStore(storeName), window);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Optional<SeenArticle> first = seen.first(record.key(), record.timestamp());
        if (first.isPresent()) {
            context.forward(record.withValue(Step.duplicate(new Duplicate(record.value(), first.get().asDuplicateOf(),
                    1.0, DedupMethod.EXACT_TEXT, clock.instant()))));
            return;
        }
        seen.remember(record.key(), SeenArticle.of(record.value()), record.timestamp());
        context.forward(record.withValue(Step.next(record.value())));
    }
}
