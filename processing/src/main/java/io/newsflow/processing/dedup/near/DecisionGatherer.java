package io.newsflow.processing.dedup.near;

import io.newsflow.model.Article;
import io.newsflow.model.DedupMethod;
import io.newsflow.model.Duplicate;
import io.newsflow.processing.Step;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The last near-duplicate step, keyed by article id: the verdict gatherer's decision, completed by the answers
 * to the article's challenges (usually none, and then it goes straight on). The article goes on, or to the
 * duplicates topic as {@link DedupMethod#NEAR_TEXT} with the kept article and the similarity.
 */
public final class DecisionGatherer implements FixedKeyProcessor<String, NearMessage, Step<Article>> {
    private final String storeName;
    private final Clock clock;
    private FixedKeyProcessorContext<String, Step<Article>> context;
    private WindowStore<String, NearMessage> store;

    public DecisionGatherer(String storeName, Clock clock) {
        this.storeName = storeName;
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Step<Article>> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    /** The pending decision is kept as a DECISION message whose count is the answers still awaited. */
    @Override
    public void process(FixedKeyRecord<String, NearMessage> record) {
        NearMessage message = record.value();
        NearMessage pending = store.fetch(message.id(), message.time());
        NearMessage merged = pending == null ? start(message) : merge(pending, message);
        if (merged.article() != null && merged.count() <= 0) {
            if (pending != null) {
                store.put(message.id(), null, message.time());
            }
            context.forward(record.withValue(outcome(merged)));
        } else {
            store.put(message.id(), merged, message.time());
        }
    }

    private static NearMessage start(NearMessage m) {
        return m.kind() == NearMessage.Kind.DECISION ? m
                : new NearMessage(NearMessage.Kind.DECISION, m.id(), m.time(), null, -1, m.beater());
    }

    private static NearMessage merge(NearMessage pending, NearMessage m) {
        Beater beater = Beater.better(pending.beater(), m.beater());
        if (m.kind() == NearMessage.Kind.DECISION) {
            return new NearMessage(NearMessage.Kind.DECISION, m.id(), m.time(), m.article(),
                    pending.count() + m.count(), beater);
        }
        return new NearMessage(NearMessage.Kind.DECISION, m.id(), m.time(), pending.article(), pending.count() - 1,
                beater);
    }

    private Step<Article> outcome(NearMessage decided) {
        Beater beater = decided.beater();
        if (beater == null) {
            return Step.next(decided.article());
        }
        return Step.duplicate(new Duplicate(decided.article(), beater.of(), Math.min(1, beater.similarity()),
                DedupMethod.NEAR_TEXT, clock.instant()));
    }
}
