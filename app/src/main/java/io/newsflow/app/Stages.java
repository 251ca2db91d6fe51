package io.newsflow.app;

import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.processing.ProcessingService;
import io.newsflow.processing.clean.ArticleCleaners;
import io.newsflow.processing.tag.ArticleTaggers;
import io.newsflow.processing.topology.PipelineParts;
import io.newsflow.sink.SinkService;
import java.time.Clock;

/** Builds each stage's service from the configuration and the Kafka it runs on. */
final class Stages {
    private Stages() {
    }

    static ProcessingService processing(KafkaRuntime kafka) {
        NewsflowConfig config = kafka.config();
        PipelineParts parts = new PipelineParts(ArticleCleaners.standard(), ArticleTaggers.standard(),
                Clock.systemUTC());
        return new ProcessingService(config, kafka.bootstrapServers(), parts);
    }

    static SinkService sink(KafkaRuntime kafka) {
        NewsflowConfig config = kafka.config();
        return new SinkService(config.sink(), config.kafka().withBootstrapServers(kafka.bootstrapServers()),
                Clock.systemUTC());
    }
}
