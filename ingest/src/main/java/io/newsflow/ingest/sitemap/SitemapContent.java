package io.newsflow.ingest.sitemap;

import java.net.URI;
import java.util.List;

/** What a sitemap lists: pages, or (an index) more sitemaps. */
public sealed interface SitemapContent {

    /**
     * A sitemap's pages.
     *
     * @param entries in document order
     */
    record Pages(List<SitemapEntry> entries) implements SitemapContent {
        public Pages {
            entries = List.copyOf(entries);
        }
    }

    /** A sitemap index's sitemaps. */
    record Index(List<URI> sitemaps) implements SitemapContent {
        public Index {
            sitemaps = List.copyOf(sitemaps);
        }
    }
}
