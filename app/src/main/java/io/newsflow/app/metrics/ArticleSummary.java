package io.newsflow.app.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the status page shows of one article: read leniently from the JSON of the articles topic, so a field
 * added or missing never stops the view.
 *
 * @param id          the article id
 * @param title       the headline, or empty
 * @param url         the canonical or declared URL, or null
 * @param source      where it came from: the file path or URL
 * @param category    the top category, or null
 * @param tags        user topics that matched, then the main entities, then the best keywords
 * @param language    ISO 639-1 code, or null
 * @param wordCount   words in the body
 * @param ingestedAt  ISO-8601, or null
 * @param processedAt ISO-8601, or null
 */
public record ArticleSummary(String id, String title, String url, String source, String category, List<String> tags,
                             String language, int wordCount, String ingestedAt, String processedAt) {
    private static final int ENTITIES = 4;
    private static final int KEYWORDS = 4;

    public ArticleSummary {
        tags = List.copyOf(tags);
    }

    static ArticleSummary of(JsonNode article) {
        return new ArticleSummary(article.path("id").asText(), article.path("title").asText(""), url(article),
                source(article.path("source")), text(article, "category"), tags(article), text(article, "language"),
                article.path("wordCount").asInt(), text(article, "ingestedAt"), text(article, "processedAt"));
    }

    private static List<String> tags(JsonNode article) {
        List<String> tags = new ArrayList<>();
        article.path("topics").forEach(t -> tags.add(t.path("topic").asText()));
        addNames(tags, article.path("entities"), "name", ENTITIES);
        addNames(tags, article.path("keywords"), "term", KEYWORDS);
        tags.removeIf(String::isBlank);
        return tags;
    }

    private static void addNames(List<String> tags, JsonNode items, String field, int limit) {
        for (int i = 0; i < Math.min(limit, items.size()); i++) {
            tags.add(items.get(i).path(field).asText());
        }
    }

    private static String url(JsonNode article) {
        String canonical = text(article, "canonicalUrl");
        return canonical != null ? canonical : text(article, "url");
    }

    static String source(JsonNode source) {
        String path = text(source, "path");
        if (path != null) {
            return source.has("line") ? path + ":" + source.path("line").asInt() : path;
        }
        String url = text(source, "url");
        return url != null ? url : source.path("kind").asText("unknown");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isEmpty() ? value.asText() : null;
    }
}
