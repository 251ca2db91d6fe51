package io.newsflow.processing.clean.template;

import io.newsflow.model.Checks;

/**
 * How template learning decides and how much it keeps.
 *
 * @param window         articles a count spans: each new article decays older counts by {@code 1 - 1/window}
 * @param minCount       a block is boilerplate once its decayed count reaches this (about "seen in K of the last
 *                       {@code window} articles")
 * @param maxBlocks      blocks kept per site, the most frequent first
 * @param recentArticles article hashes kept per site, so a replayed article is not learned twice
 * @param maxRemovedShare a template never removes more than this share of an article's words: beyond it the
 *                       repeated blocks are the article's own content (a republished story, a site that repeats
 *                       itself), and the article is kept whole
 */
public record TemplateSettings(int window, double minCount, int maxBlocks, int recentArticles,
        double maxRemovedShare) {
    /** Blocks in 4 of the last ~20 articles, 2,000 blocks and 32 article hashes a site, at most half the words. */
    public static final TemplateSettings DEFAULT = new TemplateSettings(20, 4, 2_000, 32, 0.5);

    public TemplateSettings {
        Checks.positive(window, "window");
        Checks.positive(maxBlocks, "maxBlocks");
        Checks.positive(recentArticles, "recentArticles");
        if (!(minCount >= 2) || minCount > window) {
            throw new IllegalArgumentException("minCount must be in [2, window], was " + minCount);
        }
        if (!(maxRemovedShare > 0 && maxRemovedShare <= 1)) {
            throw new IllegalArgumentException("maxRemovedShare must be in (0, 1], was " + maxRemovedShare);
        }
    }
}
