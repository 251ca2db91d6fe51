package io.newsflow.processing.dedup.near;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * One band bucket, on the task that owns it: every article with a band value of this bucket within the dedup
 * window meets here, whatever partition or instance it came from. The store keeps, per band value, only the ids
 * of the articles (the time is the entry's window time); their fingerprints live once, in the registry.
 * <p>
 * Each distinct article colliding with the probe in any of its bands is a candidate, sent to the registry to be
 * confirmed on the fingerprints ({@link FingerprintRegistry}); the verdict tells the gatherer how many answers to
 * wait for.
 */
public final class BandProcessor implements Processor<String, NearProbe, String, BandOutput> {
    /** How many articles with one band value are looked at most: the rest are left to the other bands. */
    static final int MAX_CANDIDATES = 64;

    private final String storeName;
    private final long windowMs;
    private ProcessorContext<String, BandOutput> context;
    private WindowStore<Long, String> store;

    public BandProcessor(String storeName, Duration window) {
        this.storeName = storeName;
        this.windowMs = window.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, BandOutput> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, NearProbe> record) {
        NearProbe probe = record.value();
        Map<String, Long> candidates = new LinkedHashMap<>();
        for (long band : probe.bands()) {
            if (!collect(band, probe, candidates)) {
                store.put(band, probe.id(), probe.time());
            }
        }
        candidates.forEach((id, time) -> context.forward(record.withKey(id)
                .withValue(BandOutput.of(Check.of(probe, id, time)))));
        context.forward(record.withKey(probe.id())
                .withValue(BandOutput.of(NearMessage.verdict(probe.id(), probe.time(), candidates.size()))));
    }

    /** Adds the articles stored under the band value to the candidates; whether the probe itself is among them. */
    private boolean collect(long band, NearProbe probe, Map<String, Long> candidates) {
        boolean known = false;
        try (WindowStoreIterator<String> seen =
                     store.fetch(band, probe.time() - windowMs, probe.time() + windowMs)) {
            for (int looked = 0; seen.hasNext() && looked < MAX_CANDIDATES; looked++) {
                KeyValue<Long, String> entry = seen.next();
                if (entry.value.equals(probe.id())) {
                    known = true;
                } else {
                    candidates.putIfAbsent(entry.value, entry.key);
                }
            }
        }
        return known;
    }
}
