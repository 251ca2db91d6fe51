package io.newsflow.processing.dedup.near;

import io.newsflow.model.Article;
import io.newsflow.processing.Step;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The last near-duplicate step for an article that challenged others, keyed by its id: the verdict gatherer's
 * decision, completed by the answers to the article's challenges. (A decision without challenges, nearly every
 * one, does not come here.) The article goes on, or to the duplicates topic as near-text with the kept article.
 */
public final class DecisionGatherer implements FixedKeyProcessor<String, NearMessage, Step<Article>> {
    private final String storeName;
    private final Outcomes outcomes;
    private FixedKeyProcessorContext<String, Step<Article>> context;
    private WindowStore<String, NearMessage> store;

    public DecisionGatherer(String storeName, Outcomes outcomes) {
        this.storeName = storeName;
        this.outcomes = outcomes;
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
            context.forward(record.withValue(outcomes.of(merged)));
        } else {
            store.put(message.id(), merged, message.time());
        }
    }

    private static NearMessage start(NearMessage m) {
        return m.kind() == NearMessage.Kind.DECISION ? m
                : NearMessage.decision(m.id(), m.time(), null, m.beater(), -1);
    }

    private static NearMessage merge(NearMessage pending, NearMessage m) {
        Beater beater = Beater.better(pending.beater(), m.beater());
        if (m.kind() == NearMessage.Kind.DECISION) {
            return NearMessage.decision(m.id(), m.time(), m.article(), beater, pending.count() + m.count());
        }
        return NearMessage.decision(m.id(), m.time(), pending.article(), beater, pending.count() - 1);
    }
}
