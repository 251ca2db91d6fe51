/** Sitemaps, news sitemaps and sitemap indexes, read with crawler-commons' {@code SiteMapParser}. */
package io.newsflow.ingest.sitemap;
