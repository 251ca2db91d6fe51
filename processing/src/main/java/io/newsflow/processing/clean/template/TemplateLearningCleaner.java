package io.newsflow.processing.clean.template;

import io.newsflow.model.Checks;
import io.newsflow.model.RawArticle;
import io.newsflow.processing.clean.ArticleCleaner;
import io.newsflow.processing.clean.CleanResult;
import io.newsflow.processing.clean.CleanedArticle;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A cleaner that also removes the blocks an article's site repeats in every article (footers, calls to action,
 * share lines the stateless cleaner keeps): cleans with the inner cleaner, strips the site's template from the
 * body, then learns the article's blocks into the site's stats. Articles without a {@link SiteKey} and records the
 * inner cleaner refuses pass through unchanged. Not thread-safe across one site: the Streams job calls it from
 * the task that owns the site's key.
 */
public final class TemplateLearningCleaner implements ArticleCleaner {
    /** Provenance suffix of a body that had template blocks removed. */
    public static final String TEMPLATE = "+site-template";

    private final ArticleCleaner inner;
    private final TemplateStore store;
    private final SiteTemplates templates;
    private final Clock clock;

    public TemplateLearningCleaner(ArticleCleaner inner, TemplateStore store, TemplateSettings settings,
            Clock clock) {
        this.inner = Checks.notNull(inner, "inner");
        this.store = Checks.notNull(store, "store");
        this.templates = new SiteTemplates(Checks.notNull(settings, "settings"));
        this.clock = Checks.notNull(clock, "clock");
    }

    @Override
    public CleanResult clean(RawArticle raw) {
        CleanResult result = inner.clean(Checks.notNull(raw, "raw"));
        Optional<String> site = SiteKey.of(raw);
        if (!(result instanceof CleanResult.Cleaned cleaned) || site.isEmpty()) {
            return result;
        }
        TemplateStats stats = Optional.ofNullable(store.get(site.get())).orElse(TemplateStats.EMPTY);
        CleanedArticle article = cleaned.article();
        Blocks blocks = Blocks.of(article.text());
        String body = templates.strip(stats, blocks);
        store.put(site.get(), templates.learn(stats, blocks, clock.millis()));
        return body.equals(article.text()) ? result : new CleanResult.Cleaned(withText(article, body));
    }

    private static CleanedArticle withText(CleanedArticle a, String text) {
        Map<String, String> provenance = new LinkedHashMap<>(a.provenance());
        provenance.merge("text", TEMPLATE, String::concat);
        return new CleanedArticle(a.title(), text, a.publishedAt(), a.modifiedAt(), a.authors(), a.language(),
                a.siteName(), a.description(), a.imageUrl(), a.canonicalUrl(), provenance);
    }
}
