package io.newsflow.processing.topology.wire;

import io.newsflow.model.ContentFormat;
import io.newsflow.model.RawArticle;
import io.newsflow.processing.dedup.near.wire.WireReader;
import io.newsflow.processing.dedup.near.wire.WireSerde;
import io.newsflow.processing.dedup.near.wire.WireWriter;
import org.apache.kafka.common.serialization.Serde;

/**
 * The binary layout of a {@link RawArticle} on the processing stage's repartition by content (format 1): every
 * field in declaration order. The raw topic itself stays JSON, as ingest writes it.
 */
public final class RawArticleWire {
    /** Serde of raw records between the parse and content-dedup steps; reads the JSON of earlier versions too. */
    public static final Serde<RawArticle> SERDE = new UpgradingSerde<>(
            new WireSerde<>("raw article", 1, 8192, RawArticleWire::write, RawArticleWire::read), RawArticle.class);

    private RawArticleWire() {
    }

    static void write(RawArticle r, WireWriter out) {
        out.writeId(r.id());
        ModelWire.writeSource(r.source(), out);
        out.writeString(r.format().name()).writeString(r.content()).writeString(r.url()).writeString(r.title())
                .writeString(r.publishedAt());
        ModelWire.writeStrings(r.authors(), out);
        ModelWire.writeStringMap(r.metadata(), out);
        ModelWire.writeInstant(r.ingestedAt(), out);
    }

    static RawArticle read(WireReader in) {
        return new RawArticle(in.readId(), ModelWire.readSource(in), ContentFormat.valueOf(in.readString()),
                in.readString(), in.readString(), in.readString(), in.readString(), ModelWire.readStrings(in),
                ModelWire.readStringMap(in), ModelWire.readInstant(in));
    }
}
