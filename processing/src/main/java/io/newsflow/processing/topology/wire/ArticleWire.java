package io.newsflow.processing.topology.wire;

import io.newsflow.model.Article;
import io.newsflow.processing.dedup.near.wire.WireReader;
import io.newsflow.processing.dedup.near.wire.WireSerde;
import io.newsflow.processing.dedup.near.wire.WireWriter;
import org.apache.kafka.common.serialization.Serde;

/**
 * The binary layout of an {@link Article} on the processing stage's own repartition topics and stores (format 1):
 * every field in declaration order, strings as length-prefixed UTF-8. The public articles topic stays JSON; this
 * is for the hops between dedup steps, where JSON's escaping and parsing of the whole text cost more than the step.
 */
public final class ArticleWire {
    /** Serde of articles between the processing stage's own steps; reads the JSON of earlier versions too. */
    public static final Serde<Article> SERDE = new UpgradingSerde<>(
            new WireSerde<>("article", 1, 8192, ArticleWire::write, ArticleWire::read), Article.class);

    private ArticleWire() {
    }

    static void write(Article a, WireWriter out) {
        out.writeId(a.id()).writeVarint(a.version()).writeString(a.url()).writeString(a.canonicalUrl())
                .writeString(a.title()).writeString(a.text()).writeVarint(a.wordCount()).writeString(a.language())
                .writeString(a.publishedAt()).writeString(a.modifiedAt());
        ModelWire.writeStrings(a.authors(), out);
        out.writeString(a.siteName()).writeString(a.description()).writeString(a.imageUrl())
                .writeString(a.category());
        ModelWire.writeScores(a.categories(), out);
        ModelWire.writeList(a.topics(), out, ModelWire::writeTopic);
        ModelWire.writeList(a.entities(), out, ModelWire::writeEntity);
        ModelWire.writeList(a.keywords(), out, ModelWire::writeKeyword);
        out.writeString(a.fingerprint());
        ModelWire.writeStringMap(a.provenance(), out);
        ModelWire.writeSource(a.source(), out);
        ModelWire.writeInstant(a.ingestedAt(), out);
        ModelWire.writeInstant(a.processedAt(), out);
    }

    static Article read(WireReader in) {
        return new Article(in.readId(), in.readVarint(), in.readString(), in.readString(), in.readString(),
                in.readString(), in.readVarint(), in.readString(), in.readString(), in.readString(),
                ModelWire.readStrings(in), in.readString(), in.readString(), in.readString(), in.readString(),
                ModelWire.readScores(in), ModelWire.readList(in, ModelWire::readTopic),
                ModelWire.readList(in, ModelWire::readEntity), ModelWire.readList(in, ModelWire::readKeyword),
                in.readString(), ModelWire.readStringMap(in), ModelWire.readSource(in), ModelWire.readInstant(in),
                ModelWire.readInstant(in));
    }
}
