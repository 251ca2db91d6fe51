package io.newsflow.processing.dedup;

import io.newsflow.model.Article;
import io.newsflow.model.DedupMethod;
import io.newsflow.model.Duplicate;
import io.newsflow.model.RawArticle;
import io.newsflow.processing.Step;
import io.newsflow.processing.topology.ArticleAssembler;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * The first dedup step, on raw records keyed by the fingerprint of their whole content: a page fetched twice or
 * a file replayed again (even re-wrapped, or with other quotes) is recognised before its text is compared. The
 * record is cleaned here, so that what is remembered is only what made an article: an input that cleaning
 * rejects is rejected every time it comes, never counted as a duplicate of a rejection.
 */
public final class ContentDedupProcessor implements FixedKeyProcessor<String, RawArticle, Step<Article>> {
    private final String storeName;
    private final Duration window;
    private final Function<FixedKeyProcessorContext<String, Step<Article>>, ArticleAssembler> assemblers;
    private final Clock clock;
    private FixedKeyProcessorContext<String, Step<Article>> context;
    private SeenStore seen;
    private ArticleAssembler assembler;

    /**
     * @param assemblers makes this task's assembler from its context, so a cleaner that keeps state (per-site
     *                   templates) can use the task's own stores
     */
    public ContentDedupProcessor(String storeName, Duration window,
                                 Function<FixedKeyProcessorContext<String, Step<Article>>, ArticleAssembler> assemblers,
                                 Clock clock) {
        this.storeName = storeName;
        this.window = window;
        this.assemblers = assemblers;
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Step<Article>> context) {
        this.context = context;
        this.seen = new SeenStore(context.getStateStore(storeName), window);
        this.assembler = assemblers.apply(context);
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        Step<Article> step = assembler.assemble(record.value());
        if (step.goesOn()) {
            step = dedup(record.key(), step.value(), record.timestamp());
        }
        context.forward(record.withValue(step));
    }

    private Step<Article> dedup(String fingerprint, Article article, long timestamp) {
        Optional<SeenArticle> first = seen.first(fingerprint, timestamp);
        if (first.isPresent()) {
            return Step.duplicate(new Duplicate(article, first.get().asDuplicateOf(), 1.0, DedupMethod.EXACT_TEXT,
                    clock.instant()));
        }
        seen.remember(fingerprint, SeenArticle.of(article), timestamp);
        return Step.next(article);
    }
}
