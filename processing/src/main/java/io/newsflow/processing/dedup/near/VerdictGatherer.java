package io.newsflow.processing.dedup.near;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Gathers an article's band verdicts, keyed by its id, until every band answered; then decides it (kept, or
 * the duplicate of the best earlier near-duplicate) and remembers the decision for the dedup window.
 * <p>
 * It is also the arbiter of challenges: an earlier article B that reached a band after this article A (A was
 * processed first though B came first) challenges A here. If A is still pending, A becomes B's duplicate; if A
 * is already kept, B is answered "duplicate of A", so the two are never both kept; if A is already a
 * duplicate, B is answered "nothing". Earlier-wins decisions follow (time, id) and later-wins decisions only
 * point at articles already kept, so no chain of duplicates closes into a loop in which every article is lost.
 */
public final class VerdictGatherer implements Processor<String, NearMessage, String, NearMessage> {
    private final String storeName;
    private ProcessorContext<String, NearMessage> context;
    private WindowStore<String, Gathering> store;

    public VerdictGatherer(String storeName) {
        this.storeName = storeName;
    }

    @Override
    public void init(ProcessorContext<String, NearMessage> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, NearMessage> record) {
        NearMessage message = record.value();
        Gathering known = store.fetch(message.id(), message.time());
        Gathering now = known == null ? Gathering.NEW : known;
        switch (message.kind()) {
            case HELD -> save(record, message, now.held(message.article(), message.count()));
            case VERDICT -> save(record, message, now.verdict(message.beater(), message.count()));
            case CHALLENGE -> challenge(record, message, known);
            default -> throw new IllegalArgumentException("the verdict gatherer does not take " + message.kind());
        }
    }

    private void challenge(Record<String, NearMessage> record, NearMessage message, Gathering known) {
        Beater challenger = message.beater();
        Beater answer = null;
        if (known != null && known.status() == Gathering.Status.PENDING) {
            store.put(message.id(), known.beatenBy(challenger), message.time());
        } else if (known != null && known.status() == Gathering.Status.KEPT) {
            answer = new Beater(known.self(), message.time(), challenger.similarity());
        }
        context.forward(record.withKey(challenger.of().id())
                .withValue(NearMessage.answer(challenger.of().id(), challenger.time(), answer)));
    }

    private void save(Record<String, NearMessage> record, NearMessage message, Gathering gathering) {
        if (!gathering.complete()) {
            store.put(message.id(), gathering, message.time());
            return;
        }
        store.put(message.id(), gathering.decided(), message.time());
        context.forward(record.withKey(message.id()).withValue(NearMessage.decision(gathering.article(),
                message.time(), gathering.beater(), gathering.challenges())));
    }
}
