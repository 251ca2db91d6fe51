package io.newsflow.app;

import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.processing.ProcessingService;
import io.newsflow.processing.clean.ArticleCleaners;
import io.newsflow.model.config.TaggingSettings;
import io.newsflow.processing.tag.ArticleTagger;
import io.newsflow.processing.tag.ArticleTaggers;
import io.newsflow.processing.tag.category.CategoryModel;
import io.newsflow.processing.tag.topic.ReloadingTopicRules;
import io.newsflow.processing.topology.PipelineParts;
import io.newsflow.sink.SinkService;
import java.time.Clock;

/** Builds each stage's service from the configuration and the Kafka it runs on. */
final class Stages {
    private Stages() {
    }

    static ProcessingService processing(KafkaRuntime kafka) {
        NewsflowConfig config = kafka.config();
        PipelineParts parts = new PipelineParts(ArticleCleaners.standard(), tagger(config), Clock.systemUTC());
        return new ProcessingService(config, kafka.bootstrapServers(), parts);
    }

    /** The shipped or configured category model, with the configured topic rules. */
    static ArticleTagger tagger(NewsflowConfig config) {
        TaggingSettings tagging = config.tagging();
        ArticleTaggers.Builder builder = ArticleTaggers.builder();
        if (tagging.model() != null) {
            builder.model(CategoryModel.load(tagging.model()));
        }
        if (tagging.topicRules() != null) {
            builder.topics(new ReloadingTopicRules(tagging.topicRules(), Clock.systemUTC(), tagging.topicRulesReload()));
        }
        return builder.build();
    }

    static SinkService sink(KafkaRuntime kafka) {
        NewsflowConfig config = kafka.config();
        return new SinkService(config.sink(), config.kafka().withBootstrapServers(kafka.bootstrapServers()),
                Clock.systemUTC());
    }
}
