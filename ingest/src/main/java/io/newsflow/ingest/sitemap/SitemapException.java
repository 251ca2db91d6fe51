package io.newsflow.ingest.sitemap;

/** A document that is not a readable sitemap. */
public final class SitemapException extends Exception {
    private static final long serialVersionUID = 1L;

    public SitemapException(String message) {
        super(message, null, false, false);
    }
}
