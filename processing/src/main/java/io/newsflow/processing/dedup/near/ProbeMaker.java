package io.newsflow.processing.dedup.near;

import io.newsflow.model.Article;
import io.newsflow.model.DuplicateOf;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Analyses an article once and sends, keyed by its id, one probe per band bucket (routed to the bucket's band
 * partition by {@link BucketPartitioner}) and its registration (fingerprint without bands) for the registry.
 */
public final class ProbeMaker implements Processor<String, Article, String, NearProbe> {
    private final NearDuplicates near;
    private ProcessorContext<String, NearProbe> context;

    public ProbeMaker(NearDuplicates near) {
        this.near = near;
    }

    @Override
    public void init(ProcessorContext<String, NearProbe> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        NearDuplicates.Analysis analysis = near.analyse(article.text());
        NearProbe probe = new NearProbe(article.id(), record.timestamp(), urlHash(article.canonicalUrl()),
                new DuplicateOf(article.id(), article.source(), article.url()), analysis.fingerprint(),
                NearProbe.REGISTRATION, new long[0]);
        context.forward(record.withKey(article.id()).withValue(probe));
        for (NearProbe inBucket : near.probes(probe, analysis.bandHashes())) {
            context.forward(record.withKey(article.id()).withValue(inBucket));
        }
    }

    /** 0 stands for "no canonical URL". */
    static long urlHash(String canonicalUrl) {
        if (canonicalUrl == null) {
            return 0;
        }
        long h = Hashing.of(canonicalUrl);
        return h == 0 ? 1 : h;
    }
}
