package io.newsflow.processing.clean.template;

import io.newsflow.model.Checks;
import io.newsflow.model.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-site template learning, as pure functions of the site's {@link TemplateStats}: {@link #learn} counts the
 * blocks (lines and paragraphs) of one more article, {@link #strip} removes from an article the blocks the site's
 * recent articles share. A block is a non-blank line of the cleaned body, so HTML and plain-text pages are treated
 * alike. Hand-written: no extractor library learns templates across a stream.
 */
public final class SiteTemplates {
    /** Blocks longer than this are not counted: templates are footers, calls to action and bylines, not essays. */
    static final int MAX_BLOCK_CHARS = 500;
    /** Counts that decayed below this are forgotten. */
    private static final double FORGET_BELOW = 0.5;

    private final TemplateSettings settings;

    public SiteTemplates(TemplateSettings settings) {
        this.settings = Checks.notNull(settings, "settings");
    }

    /** The body without the site's template blocks; the body unchanged when there are none or too many. */
    public String strip(TemplateStats stats, String body) {
        Checks.notNull(stats, "stats");
        Checks.notNull(body, "body");
        if (stats.articles() < settings.minCount()) {
            return body;
        }
        List<String> kept = new ArrayList<>();
        int removedWords = 0;
        String[] lines = body.split("\n", -1);
        for (String line : lines) {
            if (isTemplate(stats, line)) {
                removedWords += Words.count(line);
            } else {
                kept.add(line);
            }
        }
        if (removedWords == 0 || removedWords > settings.maxRemovedShare() * Words.count(body)) {
            return body;
        }
        return String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Whether the line is a block the site's recent articles share. */
    public boolean isTemplate(TemplateStats stats, String line) {
        return !line.isBlank() && line.length() <= MAX_BLOCK_CHARS
                && stats.count(BlockHash.of(line)) >= settings.minCount();
    }

    /** The stats after one more article with this body, learned at {@code nowMillis}. */
    public TemplateStats learn(TemplateStats stats, String body, long nowMillis) {
        Checks.notNull(stats, "stats");
        Checks.notNull(body, "body");
        long articleHash = BlockHash.of(body);
        if (stats.recent().contains(articleHash)) {
            return stats;
        }
        double keep = 1 - 1.0 / settings.window();
        Map<Long, Double> counts = new HashMap<>();
        stats.blocks().forEach((hash, count) -> counts.put(hash, count * keep));
        for (long hash : blockHashes(body)) {
            counts.merge(hash, 1.0, Double::sum);
        }
        return new TemplateStats(Math.min(stats.articles() + 1, settings.window()), bounded(counts),
                recent(stats.recent(), articleHash), nowMillis);
    }

    private static Set<Long> blockHashes(String body) {
        Set<Long> hashes = new LinkedHashSet<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank() && line.length() <= MAX_BLOCK_CHARS) {
                hashes.add(BlockHash.of(line));
            }
        }
        return hashes;
    }

    private Map<Long, Double> bounded(Map<Long, Double> counts) {
        Map<Long, Double> kept = new HashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= FORGET_BELOW)
                .sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(settings.maxBlocks()).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    private List<Long> recent(List<Long> recent, long articleHash) {
        List<Long> next = new ArrayList<>(recent);
        next.add(articleHash);
        return next.size() > settings.recentArticles()
                ? next.subList(next.size() - settings.recentArticles(), next.size()) : next;
    }
}
