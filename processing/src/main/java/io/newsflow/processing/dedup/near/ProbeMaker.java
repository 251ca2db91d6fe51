package io.newsflow.processing.dedup.near;

import io.newsflow.model.Article;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Sends an article to each of its LSH bands, keyed by {@code <band-index>:<band-hash>}. */
public final class ProbeMaker implements Processor<String, Article, String, Probe> {
    private final NearDuplicates near;
    private ProcessorContext<String, Probe> context;

    public ProbeMaker(NearDuplicates near) {
        this.near = near;
    }

    @Override
    public void init(ProcessorContext<String, Probe> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Article> record) {
        NearDuplicates.Analysis analysis = near.analyse(record.value().text());
        BandEntry entry = BandEntry.of(record.value(), record.timestamp(), analysis.fingerprint());
        List<String> keys = analysis.bandKeys();
        for (int band = 0; band < keys.size(); band++) {
            context.forward(record.withKey(keys.get(band)).withValue(new Probe(band, entry)));
        }
    }
}
