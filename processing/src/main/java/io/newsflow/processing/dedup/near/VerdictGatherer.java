package io.newsflow.processing.dedup.near;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Gathers an article's bucket verdicts and the registry's answers on its candidates, keyed by its id, until all
 * came; then decides it (kept, or the duplicate of the best earlier near-duplicate), remembers the decision for
 * the dedup window and sends the decision on with the article, which waited beside the gathering as bytes.
 * <p>
 * It is also the arbiter of challenges: an earlier article B that reached a band after this article A (A was
 * processed first though B came first) challenges A here. If A is still pending, A becomes B's duplicate; if A
 * is already kept, B is answered "duplicate of A", so the two are never both kept; if A is already a
 * duplicate, B is answered "nothing". Earlier-wins decisions follow (time, id) and later-wins decisions only
 * point at articles already kept, so no chain of duplicates closes into a loop in which every article is lost.
 */
public final class VerdictGatherer implements Processor<String, NearMessage, String, NearMessage> {
    private final String storeName;
    private final String heldStoreName;
    private ProcessorContext<String, NearMessage> context;
    private WindowStore<String, Gathering> store;
    private WindowStore<String, byte[]> held;

    public VerdictGatherer(String storeName, String heldStoreName) {
        this.storeName = storeName;
        this.heldStoreName = heldStoreName;
    }

    @Override
    public void init(ProcessorContext<String, NearMessage> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.held = context.getStateStore(heldStoreName);
    }

    @Override
    public void process(Record<String, NearMessage> record) {
        NearMessage message = record.value();
        Gathering known = store.fetch(message.id(), message.time());
        Gathering now = known == null ? Gathering.NEW : known;
        switch (message.kind()) {
            case HELD -> {
                held.put(message.id(), message.article(), message.time());
                save(record, message, now.arrived(message.count()));
            }
            case VERDICT -> save(record, message, now.verdict(message.count()));
            case CHECKED -> save(record, message, now.checked(message.beater(), message.count()));
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
            answer = new Beater(message.self(), message.time(), challenger.similarity());
        }
        context.forward(record.withKey(challenger.of().id())
                .withValue(NearMessage.answer(challenger.of().id(), challenger.time(), answer)));
    }

    private void save(Record<String, NearMessage> record, NearMessage message, Gathering gathering) {
        if (!gathering.complete()) {
            store.put(message.id(), gathering, message.time());
            return;
        }
        byte[] article = held.fetch(message.id(), message.time());
        held.put(message.id(), null, message.time());
        store.put(message.id(), gathering.decided(), message.time());
        context.forward(record.withKey(message.id()).withValue(NearMessage.decision(message.id(), message.time(),
                article, gathering.beater(), gathering.challenges())));
    }
}
