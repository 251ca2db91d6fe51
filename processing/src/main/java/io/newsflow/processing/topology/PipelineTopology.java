package io.newsflow.processing.topology;

import io.newsflow.model.Article;
import io.newsflow.model.Duplicate;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Rejected;
import io.newsflow.model.config.ProcessingSettings;
import io.newsflow.model.kafka.JsonSerde;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.model.kafka.Topics;
import io.newsflow.processing.Step;
import io.newsflow.processing.dedup.ContentDedupProcessor;
import io.newsflow.processing.dedup.ContentKey;
import io.newsflow.processing.dedup.SeenArticle;
import io.newsflow.processing.dedup.TextDedupProcessor;
import io.newsflow.processing.dedup.TextFingerprint;
import io.newsflow.processing.dedup.UrlVersionProcessor;
import io.newsflow.processing.dedup.near.BandOutput;
import io.newsflow.processing.dedup.near.BandProcessor;
import io.newsflow.processing.dedup.near.BucketPartitioner;
import io.newsflow.processing.dedup.near.Check;
import io.newsflow.processing.dedup.near.DecisionGatherer;
import io.newsflow.processing.dedup.near.FingerprintRegistry;
import io.newsflow.processing.dedup.near.Holder;
import io.newsflow.processing.dedup.near.NearDuplicates;
import io.newsflow.processing.dedup.near.NearMessage;
import io.newsflow.processing.dedup.near.NearProbe;
import io.newsflow.processing.dedup.near.NearSerdes;
import io.newsflow.processing.dedup.near.Outcomes;
import io.newsflow.processing.dedup.near.ProbeMaker;
import io.newsflow.processing.dedup.near.VerdictGatherer;
import io.newsflow.processing.clean.ArticleCleaner;
import io.newsflow.processing.clean.template.TemplateLearningCleaner;
import io.newsflow.processing.clean.template.TemplateSettings;
import io.newsflow.processing.clean.template.TemplateStats;
import io.newsflow.processing.topology.wire.ArticleWire;
import io.newsflow.processing.topology.wire.RawArticleWire;
import io.newsflow.processing.topology.wire.TemplateStatsWire;
import java.time.Duration;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The processing topology, built by a pure function of its settings and parts:
 *
 * <pre>
 * raw ─ parse ─▶ by content fingerprint ─ clean + exact dedup ─▶ by text fingerprint ─ exact dedup
 *     ─▶ by canonical URL ─ versions ─▶ near-duplicates ─▶ tag ─▶ articles
 * every step ─▶ duplicates / rejected
 *
 * near-duplicates (texts of near-duplicate-min-words or more; shorter ones go straight on; see NEAR.md):
 *   article ─ analyse once ─▶ by band bucket (4 probes: the bands of each bucket) ─ band: candidates by band value
 *           ─▶ by id ─ registry: fingerprints once per article; confirms candidates, challenges later ones
 *           ─▶ by id, with the article bytes ─ verdict gatherer: all buckets and candidates answered → decision;
 *              answers challenges; a decision without challenges goes on at once
 *           ─▶ by id ─ decision gatherer: decision + challenge answers → kept, or duplicate (near-text)
 * </pre>
 *
 * Each dedup step repartitions by its key, so two copies meet on one task whichever partitions and instances
 * they arrived on. Every store is a window store with the dedup window as retention, backed by a changelog.
 */
public final class PipelineTopology {
    public static final String CONTENT_STORE = "seen-content";
    public static final String TEXT_STORE = "seen-text";
    public static final String URL_STORE = "seen-url";
    public static final String TERMS_STORE = "term-frequencies";
    public static final String TEMPLATE_STORE = "site-templates";
    /** How often sites whose templates were not updated within the dedup window are forgotten. */
    private static final Duration TEMPLATE_EXPIRY_EVERY = Duration.ofMinutes(10);
    public static final String NEAR_BAND_STORE = "near-bands";
    public static final String NEAR_VERDICT_STORE = "near-verdicts";
    public static final String NEAR_DECISION_STORE = "near-decisions";
    public static final String NEAR_REGISTRY_STORE = "near-fingerprints";
    public static final String NEAR_HELD_STORE = "near-held";

    /** Records between the stage's own steps travel in binary layouts; only the public topics are JSON. */
    private static final Serde<RawArticle> RAW = RawArticleWire.SERDE;
    private static final Serde<Article> ARTICLE = ArticleWire.SERDE;
    private static final JsonSerde<SeenArticle> SEEN = JsonSerde.of(SeenArticle.class);

    private PipelineTopology() {
    }

    public static Topology build(TopicNames names, ProcessingSettings settings, PipelineParts parts) {
        Topics topics = new Topics(names);
        Duration window = settings.dedupWindow();
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(seenStore(CONTENT_STORE, window));
        builder.addStateStore(seenStore(TEXT_STORE, window));
        builder.addStateStore(seenStore(URL_STORE, window));
        builder.addStateStore(windowStore(NEAR_BAND_STORE, window, Serdes.Long(), NearSerdes.ID, true));
        builder.addStateStore(windowStore(NEAR_REGISTRY_STORE, window, Serdes.String(), NearSerdes.PROBE, false));
        builder.addStateStore(windowStore(NEAR_VERDICT_STORE, window, Serdes.String(), NearSerdes.GATHERING, false));
        builder.addStateStore(windowStore(NEAR_HELD_STORE, window, Serdes.String(), Serdes.ByteArray(), false));
        builder.addStateStore(windowStore(NEAR_DECISION_STORE, window, Serdes.String(), NearSerdes.MESSAGE, false));
        // not cached: StoreTermStatistics already writes each changed term once per batch of articles, in one
        // putAll (one RocksDB write batch); a cache in front only re-sorted those keys (see README, Performance)
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TERMS_STORE),
                Serdes.String(), Serdes.Long()).withCachingDisabled());
        // cached: a site's template is rewritten by many articles between two commits, and only the last value of
        // each key then goes to RocksDB and the changelog (see README, Performance)
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TEMPLATE_STORE),
                Serdes.String(), TemplateStatsWire.SERDE).withCachingEnabled());
        Outputs outputs = new Outputs(topics);

        KStream<String, RawArticle> raw = outputs.keep("parse", builder
                .stream(names.raw(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("raw"))
                .processValues(() -> new RawRecordParser(parts.clock()), Named.as("parse")));

        KStream<String, Article> byContent = outputs.keep("content", raw
                .selectKey((id, r) -> ContentKey.of(r), Named.as("key-by-content"))
                .repartition(Repartitioned.with(Serdes.String(), RAW).withName("by-content"))
                .processValues(() -> new ContentDedupProcessor(CONTENT_STORE, window, assemblers(settings, parts),
                        parts.clock()), Named.as("clean-and-dedup-content"), CONTENT_STORE, TEMPLATE_STORE));

        KStream<String, Article> byText = outputs.keep("text", byContent
                .selectKey((k, a) -> a.fingerprint(), Named.as("key-by-text"))
                .repartition(Repartitioned.with(Serdes.String(), ARTICLE).withName("by-text"))
                .processValues(() -> new TextDedupProcessor(TEXT_STORE, window, parts.clock()),
                        Named.as("dedup-text"), TEXT_STORE));

        KStream<String, Article> withUrl = byText.filter((k, a) -> a.canonicalUrl() != null, Named.as("with-url"));
        KStream<String, Article> withoutUrl = byText.filter((k, a) -> a.canonicalUrl() == null, Named.as("without-url"));
        KStream<String, Article> versioned = outputs.keep("url", withUrl
                .selectKey((k, a) -> a.canonicalUrl(), Named.as("key-by-url"))
                .repartition(Repartitioned.with(Serdes.String(), ARTICLE).withName("by-url"))
                .processValues(() -> new UrlVersionProcessor(URL_STORE, window, parts.clock()),
                        Named.as("dedup-url"), URL_STORE));

        KStream<String, Article> unique = versioned.merge(withoutUrl, Named.as("unique"));
        NearDuplicates near = NearDuplicates.of(settings);
        KStream<String, Article> nearChecked = outputs.keep("near", nearDuplicates(
                unique.filter((k, a) -> near.policy().eligible(a.wordCount()), Named.as("near-eligible")),
                near, window, parts));

        nearChecked.merge(unique.filterNot((k, a) -> near.policy().eligible(a.wordCount()), Named.as("near-too-short")),
                        Named.as("distinct"))
                .selectKey((k, a) -> a.id(), Named.as("key-by-id"))
                .processValues(() -> new TaggingProcessor(TERMS_STORE, parts.tagger(), parts.clock()),
                        Named.as("tag"), TERMS_STORE)
                .to(names.articles(), Produced.with(Serdes.String(), topics.articles().valueSerde()).withName("articles"));
        return builder.build();
    }

    private static KStream<String, Step<Article>> nearDuplicates(KStream<String, Article> articles,
                                                                   NearDuplicates near, Duration window,
                                                                   PipelineParts parts) {
        KStream<String, NearProbe> probes = articles.process(() -> new ProbeMaker(near), Named.as("near-probes"));
        KStream<String, BandOutput> bands = probes
                .filterNot((id, p) -> p.registers(), Named.as("near-band-probes"))
                .repartition(Repartitioned.with(Serdes.String(), NearSerdes.PROBE)
                        .withStreamPartitioner(new BucketPartitioner()).withName("near-by-band"))
                .process(() -> new BandProcessor(NEAR_BAND_STORE, window), Named.as("near-band"), NEAR_BAND_STORE);
        KStream<String, Check> checks = probes
                .filter((id, p) -> p.registers(), Named.as("near-registrations"))
                .mapValues(Check::register, Named.as("near-register"))
                .merge(bands.filter((id, o) -> o.check() != null, Named.as("near-candidates"))
                        .mapValues(BandOutput::check, Named.as("near-candidate-checks")), Named.as("near-checks"));
        KStream<String, NearMessage> checked = checks
                .repartition(Repartitioned.with(Serdes.String(), NearSerdes.CHECK).withName("near-checks-by-id"))
                .process(() -> new FingerprintRegistry(NEAR_REGISTRY_STORE, near.policy()), Named.as("near-confirm"),
                        NEAR_REGISTRY_STORE);
        Outcomes outcomes = new Outcomes(ARTICLE, parts.clock());
        KStream<String, NearMessage> decided = articles
                .process(() -> new Holder(near.buckets(), ARTICLE), Named.as("near-hold"))
                .merge(bands.filter((id, o) -> o.verdict() != null, Named.as("near-bucket-verdicts"))
                        .mapValues(BandOutput::verdict, Named.as("near-bucket-verdict")), Named.as("near-verdicts"))
                .merge(checked, Named.as("near-verdicts-and-checks"))
                .repartition(Repartitioned.with(Serdes.String(), NearSerdes.MESSAGE).withName("near-by-id"))
                .process(() -> new VerdictGatherer(NEAR_VERDICT_STORE, NEAR_HELD_STORE), Named.as("near-gather-verdicts"),
                        NEAR_VERDICT_STORE, NEAR_HELD_STORE);
        KStream<String, Step<Article>> settled = decided
                .filter((id, m) -> m.settled(), Named.as("near-settled"))
                .mapValues(outcomes::of, Named.as("near-settled-outcome"));
        return decided.filterNot((id, m) -> m.settled(), Named.as("near-challenged"))
                .repartition(Repartitioned.with(Serdes.String(), NearSerdes.MESSAGE).withName("near-decisions-by-id"))
                .processValues(() -> new DecisionGatherer(NEAR_DECISION_STORE, outcomes), Named.as("near-decide"),
                        NEAR_DECISION_STORE)
                .merge(settled, Named.as("near-outcomes"));
    }

    /**
     * Each task cleans with the stateless cleaner plus the per-site templates it has learned, kept in its
     * {@link #TEMPLATE_STORE}; sites idle for longer than the dedup window are forgotten.
     */
    private static Function<FixedKeyProcessorContext<String, Step<Article>>, ArticleAssembler> assemblers(
            ProcessingSettings settings, PipelineParts parts) {
        return context -> {
            StoreTemplates templates = new StoreTemplates(context.getStateStore(TEMPLATE_STORE));
            long retention = settings.dedupWindow().toMillis();
            context.schedule(TEMPLATE_EXPIRY_EVERY, PunctuationType.WALL_CLOCK_TIME,
                    now -> templates.expire(now - retention));
            ArticleCleaner cleaner = new TemplateLearningCleaner(parts.cleaner(), templates, TemplateSettings.DEFAULT,
                    parts.clock());
            return new ArticleAssembler(cleaner, settings.minWords(), parts.clock());
        };
    }

    private static StoreBuilder<?> seenStore(String name, Duration window) {
        return windowStore(name, window, Serdes.String(), SEEN, false);
    }

    private static <K, V> StoreBuilder<?> windowStore(String name, Duration window, Serde<K> keys, Serde<V> values,
                                                     boolean duplicates) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(name, window, window, duplicates), keys,
                values);
    }

    /** Sends each step's duplicates and rejections to their topics, keyed by record id, and passes the rest on. */
    private record Outputs(Topics topics) {
        <T> KStream<String, T> keep(String step, KStream<String, Step<T>> steps) {
            steps.filter((k, s) -> s.rejected() != null, Named.as(step + "-rejections"))
                    .map((k, s) -> KeyValue.pair(s.rejected().id(), s.rejected()), Named.as(step + "-rejected-by-id"))
                    .to(topics.rejected().name(), Produced.<String, Rejected>with(Serdes.String(),
                            topics.rejected().valueSerde()).withName(step + "-rejected"));
            steps.filter((k, s) -> s.duplicate() != null, Named.as(step + "-duplicates"))
                    .map((k, s) -> KeyValue.pair(s.duplicate().id(), s.duplicate()), Named.as(step + "-duplicate-by-id"))
                    .to(topics.duplicates().name(), Produced.<String, Duplicate>with(Serdes.String(),
                            topics.duplicates().valueSerde()).withName(step + "-duplicates-out"));
            return steps.filter((k, s) -> s.goesOn(), Named.as(step + "-goes-on"))
                    .mapValues(Step::value, Named.as(step + "-value"));
        }
    }
}
