package io.newsflow.ingest.feed;

import io.newsflow.model.Checks;
import java.util.List;

/**
 * One item of a feed.
 *
 * @param id          the item's guid/id, or its link when it has none
 * @param link        the absolute URL of the article
 * @param title       the item's title, or null
 * @param publishedAt ISO-8601 publication (or update) time, or null when absent or unreadable
 * @param authors     bylines
 * @param categories  categories and tags
 */
public record FeedItem(String id, String link, String title, String publishedAt, List<String> authors,
                       List<String> categories) {
    public FeedItem {
        Checks.notBlank(id, "id");
        Checks.notBlank(link, "link");
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
