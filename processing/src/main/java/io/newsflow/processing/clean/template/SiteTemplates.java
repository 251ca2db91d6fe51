package io.newsflow.processing.clean.template;

import io.newsflow.model.Checks;
import io.newsflow.model.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** Three or more line breaks in a row: what removed blocks leave between two paragraphs. */
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private final TemplateSettings settings;

    public SiteTemplates(TemplateSettings settings) {
        this.settings = Checks.notNull(settings, "settings");
    }

    /** The body without the site's template blocks; the body unchanged when there are none or too many. */
    public String strip(TemplateStats stats, String body) {
        return strip(stats, Blocks.of(Checks.notNull(body, "body")));
    }

    String strip(TemplateStats stats, Blocks blocks) {
        Checks.notNull(stats, "stats");
        if (stats.articles() < settings.minCount()) {
            return blocks.body();
        }
        List<String> kept = new ArrayList<>();
        int removedWords = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (isTemplate(stats, blocks, i)) {
                removedWords += Words.count(blocks.line(i));
            } else {
                kept.add(blocks.line(i));
            }
        }
        if (removedWords == 0 || removedWords > settings.maxRemovedShare() * Words.count(blocks.body())) {
            return blocks.body();
        }
        return BLANK_LINES.matcher(String.join("\n", kept)).replaceAll("\n\n").strip();
    }

    /** Whether line {@code i} is a block the site's recent articles share. */
    private boolean isTemplate(TemplateStats stats, Blocks blocks, int i) {
        return blocks.isBlock(i) && stats.count(blocks.hash(i)) >= settings.minCount();
    }

    /** The stats after one more article with this body, learned at {@code nowMillis}. */
    public TemplateStats learn(TemplateStats stats, String body, long nowMillis) {
        return learn(stats, Blocks.of(Checks.notNull(body, "body")), nowMillis);
    }

    TemplateStats learn(TemplateStats stats, Blocks blocks, long nowMillis) {
        Checks.notNull(stats, "stats");
        long articleHash = blocks.bodyHash();
        if (stats.recent().contains(articleHash)) {
            return stats;
        }
        double keep = 1 - 1.0 / settings.window();
        Map<Long, Double> counts = new HashMap<>();
        stats.blocks().forEach((hash, count) -> counts.put(hash, count * keep));
        Set<Long> counted = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.isBlock(i) && counted.add(blocks.hash(i))) {
                counts.merge(blocks.hash(i), 1.0, Double::sum);
            }
        }
        return new TemplateStats(Math.min(stats.articles() + 1, settings.window()), bounded(counts),
                recent(stats.recent(), articleHash), nowMillis);
    }

    /**
     * The counts not yet forgotten, at most {@code maxBlocks} of them, the highest first. Sorted only when there are
     * more than that: a sort of every block of the site for each article, to keep them all, showed in the profile.
     */
    private Map<Long, Double> bounded(Map<Long, Double> counts) {
        counts.values().removeIf(count -> count < FORGET_BELOW);
        if (counts.size() <= settings.maxBlocks()) {
            return counts;
        }
        Map<Long, Double> kept = new HashMap<>();
        counts.entrySet().stream()
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
