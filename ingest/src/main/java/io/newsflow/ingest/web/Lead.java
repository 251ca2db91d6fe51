package io.newsflow.ingest.web;

import java.util.List;

/**
 * A page to fetch and what its listing said of it.
 *
 * @param url        the URL as listed
 * @param canonical  its canonical form, the key it is remembered under
 * @param itemId     the feed item's id, or null
 * @param title      the listed title, or null
 * @param publishedAt the listed date, ISO-8601, or null
 * @param authors    listed authors
 * @param categories listed categories or keywords
 */
record Lead(String url, String canonical, String itemId, String title, String publishedAt, List<String> authors,
            List<String> categories) {
    static Lead of(String url) {
        return new Lead(url, UrlCanonicalizer.canonical(url), null, null, null, List.of(), List.of());
    }
}
