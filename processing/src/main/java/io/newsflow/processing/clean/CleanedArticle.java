package io.newsflow.processing.clean;

import io.newsflow.model.Checks;
import java.util.List;
import java.util.Map;

/**
 * The fields cleaning extracts from one page. Every field but {@code text} may be null when unknown.
 *
 * @param title        the headline, not part of {@code text}
 * @param text         the body: paragraphs separated by a blank line, headings on their own line
 * @param publishedAt  ISO-8601 date ({@code 2021-03-06}) or date-time of publication
 * @param modifiedAt   ISO-8601 date or date-time of the last modification
 * @param authors      bylines, in page order, without duplicates
 * @param language     ISO 639-1 code
 * @param siteName     the publication's name
 * @param description  the page's summary
 * @param imageUrl     the lead image, absolute when the page's URL is known
 * @param canonicalUrl the page's rel=canonical / og:url, else the declared URL
 * @param provenance   for each extracted field, where it came from ({@code "title" -> "text:line-3"})
 */
public record CleanedArticle(String title, String text, String publishedAt, String modifiedAt,
        List<String> authors, String language, String siteName, String description, String imageUrl,
        String canonicalUrl, Map<String, String> provenance) {

    public CleanedArticle {
        Checks.notNull(text, "text");
        authors = authors == null ? List.of() : List.copyOf(authors);
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }
}
