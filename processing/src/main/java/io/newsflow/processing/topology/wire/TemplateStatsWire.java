package io.newsflow.processing.topology.wire;

import io.newsflow.processing.clean.template.TemplateStats;
import io.newsflow.processing.dedup.near.wire.WireReader;
import io.newsflow.processing.dedup.near.wire.WireSerde;
import io.newsflow.processing.dedup.near.wire.WireWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * The binary layout of a site's {@link TemplateStats} in the template store (format 1): up to 2,000 blocks of
 * 16 bytes instead of a JSON map of the same entries, read and rewritten for every article of the site. A value
 * written as JSON by an earlier version (it starts with '{') is still read, so a store survives the upgrade.
 */
public final class TemplateStatsWire {
    /** Writes binary; reads binary, or JSON of an earlier version. */
    public static final Serde<TemplateStats> SERDE = new UpgradingSerde<>(new WireSerde<>("template statistics", 1,
            4096, TemplateStatsWire::write, TemplateStatsWire::read), TemplateStats.class);

    private TemplateStatsWire() {
    }

    static void write(TemplateStats stats, WireWriter out) {
        out.writeVarint(stats.articles()).writeLong(stats.updatedMillis()).writeVarint(stats.blocks().size());
        stats.blocks().forEach((hash, count) -> out.writeLong(hash).writeDouble(count));
        out.writeVarint(stats.recent().size());
        stats.recent().forEach(out::writeLong);
    }

    static TemplateStats read(WireReader in) {
        int articles = in.readVarint();
        long updated = in.readLong();
        int blocks = in.readVarint();
        Map<Long, Double> counts = new HashMap<>(Math.min(blocks, 4096) * 2);
        for (int i = 0; i < blocks; i++) {
            counts.put(in.readLong(), in.readDouble());
        }
        Long[] recent = new Long[in.readVarint()];
        for (int i = 0; i < recent.length; i++) {
            recent[i] = in.readLong();
        }
        return new TemplateStats(articles, counts, List.of(recent), updated);
    }
}
