package io.newsflow.ingest.sitemap;

import io.newsflow.model.Checks;
import java.util.List;

/**
 * One page a sitemap lists, with what a news sitemap says of it.
 *
 * @param url          the page
 * @param title        {@code news:title}, or null
 * @param publishedAt  {@code news:publication_date} as ISO-8601, or null
 * @param lastModified {@code lastmod} as ISO-8601, or null
 * @param keywords     {@code news:keywords}
 */
public record SitemapEntry(String url, String title, String publishedAt, String lastModified, List<String> keywords) {
    public SitemapEntry {
        Checks.notBlank(url, "url");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
