package io.newsflow.processing.dedup;

import io.newsflow.model.Article;
import io.newsflow.processing.Step;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * A dedup step on articles repartitioned by its key (text fingerprint, canonical URL): it remembers what it kept
 * in a {@link SeenStore} and decides each record with {@link #decide}.
 */
abstract class KeyedDedupProcessor implements FixedKeyProcessor<String, Article, Step<Article>> {
    private final String storeName;
    private final Duration window;
    protected final Clock clock;
    private FixedKeyProcessorContext<String, Step<Article>> context;
    protected SeenStore seen;

    KeyedDedupProcessor(String storeName, Duration window, Clock clock) {
        this.storeName = storeName;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public final void init(FixedKeyProcessorContext<String, Step<Article>> context) {
        this.context = context;
        this.seen = new SeenStore(context.getStateStore(storeName), window);
    }

    @Override
    public final void process(FixedKeyRecord<String, Article> record) {
        context.forward(record.withValue(decide(record.key(), record.value(), record.timestamp())));
    }

    /** The outcome for an article under {@code key}, remembering it in {@link #seen} when it goes on. */
    abstract Step<Article> decide(String key, Article article, long timestamp);
}
