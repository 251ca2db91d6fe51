package io.newsflow.processing.clean.template;

/**
 * Where template statistics live, keyed by {@link SiteKey}. The Streams job backs it with a key-value store
 * (with retention: drop sites whose {@link TemplateStats#updatedMillis()} is older than it); tests with a map.
 */
public interface TemplateStore {
    /** The site's statistics, or {@link TemplateStats#EMPTY} when there are none. */
    TemplateStats get(String site);

    void put(String site, TemplateStats stats);
}
