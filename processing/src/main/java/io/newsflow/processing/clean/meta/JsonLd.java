package io.newsflow.processing.clean.meta;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema.org article a page describes in its JSON-LD ({@code <script type="application/ld+json">}), if any.
 * Failure policy: a script that is not valid JSON is skipped (logged at debug) and the page's other metadata is
 * read as usual.
 */
public final class JsonLd {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLd.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "liveblogposting", "techarticle", "scholarlyarticle", "socialmediaposting",
            "report", "webpage", "medicalwebpage", "posting");
    private static final int MAX_OBJECTS = 500;

    private final JsonNode article;

    private JsonLd(JsonNode article) {
        this.article = article;
    }

    /** The page's article object; an empty {@code JsonLd} when there is none. */
    public static JsonLd of(Document doc) {
        return of(doc.select("script[type=application/ld+json]").stream().map(Element::data).toList());
    }

    /** The article object of the given JSON-LD script texts; an empty {@code JsonLd} when there is none. */
    public static JsonLd of(List<String> scripts) {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String script : scripts) {
            for (JsonNode node : objects(parse(script))) {
                int rank = rank(node);
                if (rank < bestRank) {
                    best = node;
                    bestRank = rank;
                }
            }
        }
        return new JsonLd(best);
    }

    public boolean present() {
        return article != null;
    }

    public Optional<String> text(String field) {
        return article == null ? Optional.empty() : textOf(article.get(field));
    }

    /** A person's or organisation's name (or names) in {@code field}: a string, an object or an array. */
    public List<String> names(String field) {
        List<String> names = new ArrayList<>();
        if (article != null) {
            JsonNode node = article.get(field);
            for (JsonNode item : node != null && node.isArray() ? node : listOf(node)) {
                textOf(item.isObject() ? item.get("name") : item).ifPresent(names::add);
            }
        }
        return names;
    }

    /** A URL in {@code field}: a string, an object with {@code url}/{@code @id}, or the first of an array. */
    public Optional<String> url(String field) {
        if (article == null) {
            return Optional.empty();
        }
        JsonNode node = article.get(field);
        if (node != null && node.isArray()) {
            node = node.size() > 0 ? node.get(0) : null;
        }
        if (node != null && node.isObject()) {
            return textOf(node.has("url") ? node.get("url") : node.get("@id"));
        }
        return textOf(node);
    }

    /** A name nested in an object field, like {@code publisher.name}. */
    public Optional<String> nestedName(String field) {
        if (article == null || article.get(field) == null) {
            return Optional.empty();
        }
        JsonNode node = article.get(field);
        return textOf(node.isArray() && node.size() > 0 ? node.get(0).get("name") : node.get("name"));
    }

    private static List<JsonNode> listOf(JsonNode node) {
        return node == null ? List.of() : List.of(node);
    }

    private static Optional<String> textOf(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return Optional.empty();
        }
        String s = node.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            LOG.debug("skipping JSON-LD that is not valid JSON: {}", e.getOriginalMessage());
            return null;
        }
    }

    /** The objects of a JSON-LD tree: arrays and {@code @graph} are unfolded, iteratively and bounded. */
    private static List<JsonNode> objects(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (root != null) {
            todo.add(root);
        }
        while (!todo.isEmpty() && found.size() < MAX_OBJECTS) {
            JsonNode node = todo.poll();
            if (node.isArray()) {
                node.forEach(todo::add);
            } else if (node.isObject()) {
                found.add(node);
                JsonNode graph = node.get("@graph");
                if (graph != null) {
                    todo.add(graph);
                }
            }
        }
        return found;
    }

    /** 0 for a news or blog article, 1 for other articles, 2 for a web page, MAX for anything else. */
    private static int rank(JsonNode node) {
        int best = Integer.MAX_VALUE;
        JsonNode type = node.get("@type");
        for (JsonNode t : type != null && type.isArray() ? type : listOf(type)) {
            String name = t.asText().toLowerCase(java.util.Locale.ROOT);
            if (ARTICLE_TYPES.contains(name)) {
                int r = name.contains("webpage") ? 2 : name.contains("news") || name.contains("blog") ? 0 : 1;
                best = Math.min(best, r);
            }
        }
        return best;
    }
}
