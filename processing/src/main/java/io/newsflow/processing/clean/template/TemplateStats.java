package io.newsflow.processing.clean.template;

import io.newsflow.model.Checks;
import java.util.List;
import java.util.Map;

/**
 * What one site's recent articles had in common: for each block (a paragraph or line, by its {@link BlockHash}),
 * a decayed count of the articles it appeared in. Bounded: at most {@link TemplateSettings#maxBlocks()} blocks and
 * {@link TemplateSettings#recentArticles()} article hashes, so a site's state stays a few kilobytes. Immutable,
 * plain values only, so any JSON serde stores it.
 *
 * @param articles     articles learned from (capped at the window; a replayed article is not counted twice)
 * @param blocks       block hash to decayed number of articles that held it
 * @param recent       hashes of the last articles learned from, newest last
 * @param updatedMillis when the stats last changed (epoch milliseconds), for the store's retention
 */
public record TemplateStats(int articles, Map<Long, Double> blocks, List<Long> recent, long updatedMillis) {
    public static final TemplateStats EMPTY = new TemplateStats(0, Map.of(), List.of(), 0);

    public TemplateStats {
        Checks.notNull(blocks, "blocks");
        Checks.notNull(recent, "recent");
        blocks = Map.copyOf(blocks);
        recent = List.copyOf(recent);
    }

    /** The decayed count of articles that held the block, 0 when never seen. */
    public double count(long blockHash) {
        return blocks.getOrDefault(blockHash, 0.0);
    }
}
