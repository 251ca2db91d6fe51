package io.newsflow.processing.tag;

import io.newsflow.model.Checks;
import io.newsflow.model.Entity;
import io.newsflow.model.Keyword;
import io.newsflow.model.TopicMatch;
import java.util.List;
import java.util.Map;

/**
 * What the tagger says about one article.
 *
 * @param category   the top-scoring category
 * @param categories every category of the model with its score (0..1, summing to 1)
 * @param entities   people, organisations and places, most mentioned first
 * @param keywords   distinctive terms and phrases, best first
 * @param topics     user topic rules that matched, with the reason
 */
public record Tags(String category, Map<String, Double> categories, List<Entity> entities, List<Keyword> keywords,
                   List<TopicMatch> topics) {
    public Tags {
        Checks.notBlank(category, "category");
        categories = Map.copyOf(Checks.notNull(categories, "categories"));
        entities = entities == null ? List.of() : List.copyOf(entities);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
