package io.newsflow.processing.dedup.near;

import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Every article's fingerprint, once, keyed by its id for the dedup window; and the confirmation of band
 * candidates against it ({@link NearDuplicatePolicy}), never a collision alone. Which of two comes first is
 * decided by (time, id), the same everywhere:
 * <ul>
 *   <li>the candidate is earlier: the asker's gatherer is told it is the candidate's duplicate;</li>
 *   <li>the candidate is later (it overtook the asker on its way): it is challenged, and its gatherer settles
 *       which of the two is kept ({@link VerdictGatherer}).</li>
 * </ul>
 * An article with the same canonical URL is an update of it (the URL stage versions it), never its duplicate.
 * <p>
 * A registration travels in the same transaction as the article's band probes, so it is on this partition before
 * any candidate check that names the article (the check is made after a band read the probe).
 */
public final class FingerprintRegistry implements Processor<String, Check, String, NearMessage> {
    private final String storeName;
    private final NearDuplicatePolicy policy;
    private ProcessorContext<String, NearMessage> context;
    private WindowStore<String, NearProbe> store;

    public FingerprintRegistry(String storeName, NearDuplicatePolicy policy) {
        this.storeName = storeName;
        this.policy = policy;
    }

    @Override
    public void init(ProcessorContext<String, NearMessage> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Check> record) {
        Check check = record.value();
        NearProbe asker = check.asker();
        if (check.registers()) {
            store.put(asker.id(), asker, asker.time());
            return;
        }
        answer(asker, store.fetch(check.candidate(), check.candidateTime()))
                .forEach(m -> context.forward(record.withKey(m.id()).withValue(m)));
    }

    private List<NearMessage> answer(NearProbe asker, NearProbe candidate) {
        Similarity similarity = candidate == null ? null : confirmed(asker, candidate);
        if (similarity == null) {
            return List.of(NearMessage.checked(asker.id(), asker.time(), null, 0));
        }
        if (candidate.before(asker)) {
            return List.of(NearMessage.checked(asker.id(), asker.time(), candidate.asBeater(similarity.score()), 0));
        }
        return List.of(NearMessage.challenge(candidate, asker.asBeater(similarity.score())),
                NearMessage.checked(asker.id(), asker.time(), null, 1));
    }

    private Similarity confirmed(NearProbe asker, NearProbe candidate) {
        if (candidate.id().equals(asker.id()) || candidate.sameUrl(asker)) {
            return null;
        }
        Similarity similarity = policy.compare(asker.fingerprint(), candidate.fingerprint());
        return similarity.duplicate() ? similarity : null;
    }
}
