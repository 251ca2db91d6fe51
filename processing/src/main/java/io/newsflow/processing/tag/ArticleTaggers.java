package io.newsflow.processing.tag;

import io.newsflow.model.Checks;
import io.newsflow.processing.tag.category.CategoryModel;
import io.newsflow.processing.tag.entity.EntityExtractor;
import io.newsflow.processing.tag.keyword.KeywordExtractor;
import io.newsflow.processing.tag.topic.TopicRuleSource;
import io.newsflow.processing.tag.topic.TopicRules;
import java.nio.file.Path;

/**
 * Ready-made taggers. {@link #standard()} uses the shipped 10-category model; {@link #withModel} a model trained
 * with {@link io.newsflow.processing.tag.category.CategoryTrainer}; {@link #builder()} adds topic rules.
 */
public final class ArticleTaggers {
    /** The stream's own document frequencies replace the built-in ones once it has seen this many articles. */
    public static final long MIN_STREAM_DOCUMENTS = 200;
    public static final int MAX_KEYWORDS = 12;

    private static final class Default {
        static final CategoryModel MODEL = CategoryModel.loadDefault();
    }

    private ArticleTaggers() {
    }

    public static ArticleTagger standard() {
        return builder().build();
    }

    public static ArticleTagger withModel(Path model) {
        return builder().model(CategoryModel.load(Checks.notNull(model, "model"))).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Chooses the category model and the topic rules. */
    public static final class Builder {
        private CategoryModel model;
        private TopicRuleSource topics = TopicRuleSource.fixed(TopicRules.none());

        private Builder() {
        }

        public Builder model(CategoryModel value) {
            model = Checks.notNull(value, "model");
            return this;
        }

        /** Topic rules, e.g. {@code new ReloadingTopicRules(path, clock, Duration.ofSeconds(10))}. */
        public Builder topics(TopicRuleSource value) {
            topics = Checks.notNull(value, "topics");
            return this;
        }

        public ArticleTagger build() {
            CategoryModel m = model == null ? Default.MODEL : model;
            return new StandardArticleTagger(m, new EntityExtractor(),
                    new KeywordExtractor(m.background(), MIN_STREAM_DOCUMENTS, MAX_KEYWORDS), topics);
        }
    }
}
