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
 * Articles keyed by canonical URL. The same URL with the same text is a duplicate; with changed text it is an
 * update, emitted as the next version, never dropped.
 */
public final class UrlVersionProcessor implements FixedKeyProcessor<String, Article, Step<Article>> {
    private final String storeName;
    private final Duration window;
    private final Clock clock;
    private FixedKeyProcessorContext<String, Step<Article>> context;
    private SeenStore seen;

    public UrlVersionProcessor(String storeName, Duration window, Clock clock) {
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
        Article article = record.value();
        Optional<SeenArticle> latest = seen.latest(record.key(), record.timestamp());
        if (latest.isPresent() && latest.get().fingerprint().equals(article.fingerprint())) {
            context.forward(record.withValue(Step.duplicate(new Duplicate(article, latest.get().asDuplicateOf(), 1.0,
                    DedupMethod.CANONICAL_URL, clock.instant()))));
            return;
        }
        Article versioned = latest.map(l -> article.toBuilder().version(l.version() + 1).build()).orElse(article);
        seen.remember(record.key(), SeenArticle.of(versioned), record.timestamp());
        context.forward(record.withValue(Step.next(versioned)));
    }
}
