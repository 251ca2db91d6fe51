package io.newsflow.model;

import java.util.List;

/**
 * A named entity found in an article, normalised to one name per entity within the article.
 *
 * @param name     the normalised name ("Donald Trump")
 * @param type     person, organization, location or other
 * @param count    how many times the article mentions it, under any of its forms
 * @param mentions the distinct forms it appeared under ("Trump", "President Donald Trump")
 */
public record Entity(String name, EntityType type, int count, List<String> mentions) {
    public Entity {
        Checks.notBlank(name, "name");
        Checks.notNull(type, "type");
        Checks.positive(count, "count");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
