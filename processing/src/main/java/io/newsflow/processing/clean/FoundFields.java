package io.newsflow.processing.clean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metadata a cleaner found on one page, each value with where it came from. Readers are called best source
 * first: the first non-blank value offered for a field wins and later offers are ignored.
 */
public final class FoundFields {
    public static final String TITLE = "title";
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String MODIFIED_AT = "modifiedAt";
    public static final String AUTHORS = "authors";
    public static final String LANGUAGE = "language";
    public static final String SITE_NAME = "siteName";
    public static final String DESCRIPTION = "description";
    public static final String IMAGE_URL = "imageUrl";
    public static final String CANONICAL_URL = "canonicalUrl";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private List<String> authors = List.of();

    /** Offers a value; it is kept only if the field has none yet and the value is not blank. */
    public FoundFields offer(String field, String value, String source) {
        if (value != null && !value.isBlank() && !values.containsKey(field)) {
            values.put(field, value.strip());
            sources.put(field, source);
        }
        return this;
    }

    /** Offers authors; kept only if none were found yet and the list is not empty. */
    public FoundFields offerAuthors(List<String> names, String source) {
        if (authors.isEmpty() && names != null && !names.isEmpty()) {
            authors = List.copyOf(names);
            sources.put(AUTHORS, source);
        }
        return this;
    }

    public String get(String field) {
        return values.get(field);
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public List<String> authors() {
        return authors;
    }

    /** Field name to source, for every field found. */
    public Map<String, String> provenance() {
        return Map.copyOf(sources);
    }
}
