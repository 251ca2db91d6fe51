package io.newsflow.processing.dedup.near;

import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * One LSH band value, on the task that owns its key {@code <band-index>:<band-hash>}: every article with that
 * band value within the dedup window meets here, whatever partition or instance it came from. Each candidate is
 * confirmed on its fingerprint ({@link NearDuplicatePolicy}), never on the collision alone. Which of two comes
 * first is decided by (time, id), the same on every band:
 * <ul>
 *   <li>an earlier similar article already here: the verdict names it;</li>
 *   <li>a later similar article already here (it overtook this one on its way): it is challenged, and its
 *       gatherer settles which of the two is kept ({@link VerdictGatherer}).</li>
 * </ul>
 * An article with the same canonical URL is an update of it (the URL stage versions it), never its duplicate.
 */
public final class BandProcessor implements Processor<String, Probe, String, NearMessage> {
    /** How many articles with one band value are compared at most: the rest are left to the other bands. */
    static final int MAX_CANDIDATES = 64;

    private final String storeName;
    private final long windowMs;
    private final NearDuplicatePolicy policy;
    private ProcessorContext<String, NearMessage> context;
    private WindowStore<String, BandEntry> store;

    public BandProcessor(String storeName, Duration window, NearDuplicatePolicy policy) {
        this.storeName = storeName;
        this.windowMs = window.toMillis();
        this.policy = policy;
    }

    @Override
    public void init(ProcessorContext<String, NearMessage> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Probe> record) {
        BandEntry entry = record.value().entry();
        Beater earlier = null;
        int challenges = 0;
        boolean known = false;
        try (WindowStoreIterator<BandEntry> seen =
                     store.fetch(record.key(), entry.time() - windowMs, entry.time() + windowMs)) {
            for (int compared = 0; seen.hasNext() && compared < MAX_CANDIDATES; compared++) {
                BandEntry other = seen.next().value;
                known |= other.id().equals(entry.id());
                Similarity similarity = confirmed(entry, other);
                if (similarity == null) {
                    continue;
                }
                if (other.before(entry)) {
                    earlier = Beater.better(earlier, other.asBeater(similarity.score()));
                } else {
                    challenges++;
                    context.forward(record.withKey(other.id())
                            .withValue(NearMessage.challenge(other, entry.asBeater(similarity.score()))));
                }
            }
        }
        if (!known) {
            store.put(record.key(), entry, entry.time());
        }
        context.forward(record.withKey(entry.id()).withValue(NearMessage.verdict(entry.id(), entry.time(), earlier,
                challenges)));
    }

    private Similarity confirmed(BandEntry entry, BandEntry other) {
        if (other.id().equals(entry.id()) || other.sameUrl(entry)) {
            return null;
        }
        Similarity similarity = policy.compare(entry.fingerprint(), other.fingerprint());
        return similarity.duplicate() ? similarity : null;
    }
}
