package io.newsflow.processing.tag;

import io.newsflow.model.Checks;
import io.newsflow.model.Entity;
import io.newsflow.model.Keyword;
import io.newsflow.processing.tag.category.CategoryModel;
import io.newsflow.processing.tag.entity.EntityExtractor;
import io.newsflow.processing.tag.keyword.KeywordExtractor;
import io.newsflow.processing.tag.text.Terms;
import io.newsflow.processing.tag.topic.TaggedText;
import io.newsflow.processing.tag.topic.TopicRuleSource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Category model + entity rules + TF-IDF keywords + user topic rules. Thread-safe. */
final class StandardArticleTagger implements ArticleTagger {
    private final CategoryModel model;
    private final EntityExtractor entities;
    private final KeywordExtractor keywords;
    private final TopicRuleSource topics;

    StandardArticleTagger(CategoryModel model, EntityExtractor entities, KeywordExtractor keywords,
                          TopicRuleSource topics) {
        this.model = model;
        this.entities = entities;
        this.keywords = keywords;
        this.topics = topics;
    }

    @Override
    public Tags tag(String title, String text, TermStatistics stats) {
        return tagCounting(title, text, stats).tags();
    }

    /** Counts the terms of the headline and of the text once, for the category, the keywords and the store. */
    @Override
    public CountedTags tagCounting(String title, String text, TermStatistics stats) {
        Checks.notNull(text, "text");
        String headline = title == null ? "" : title;
        Map<String, Integer> titleCounts = Terms.counts(headline);
        Map<String, Integer> textCounts = Terms.counts(text);
        Map<String, Integer> allCounts = Terms.merged(titleCounts, textCounts);
        Map<String, Double> categories = model.scores(allCounts);
        String category = CategoryModel.best(categories);
        List<Entity> found = entities.extract(headline, text);
        List<Keyword> terms = keywords.extract(titleCounts.keySet(), textCounts,
                stats == null ? TermStatistics.empty() : stats);
        var matches = topics.current().match(new TaggedText(headline, text, found, category));
        // the merged counts hold every term of the headline and the text: their keys are the terms to count
        return new CountedTags(new Tags(category, categories, found, terms, matches), allCounts.keySet());
    }

    @Override
    public Set<String> countedTerms(String title, String text) {
        Set<String> terms = new HashSet<>(Terms.of(title));
        terms.addAll(Terms.of(text));
        return terms;
    }
}
