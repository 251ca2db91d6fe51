package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The earlier article a duplicate repeats: the one that was kept.
 *
 * @param id     the kept article's id
 * @param source where the kept article came from
 * @param url    the kept article's URL, when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DuplicateOf(String id, Source source, String url) {
    public DuplicateOf {
        Checks.notBlank(id, "id");
        Checks.notNull(source, "source");
    }
}
