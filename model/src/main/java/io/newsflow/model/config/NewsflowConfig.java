package io.newsflow.model.config;

import java.nio.file.Path;

/**
 * The whole configuration of a newsflow process.
 *
 * @param dataDir    where local state lives: the embedded broker's log ({@code kafka/}) and Streams state
 *                   ({@code streams/})
 * @param kafka      the cluster and topics
 * @param ingest     the ingest stage
 * @param processing the processing stage
 * @param sink       the sink stage
 * @param web        web ingest: feeds, sitemaps and pages, and how they are fetched
 * @param tagging    the category model and the user topic rules
 * @param http       the HTTP endpoint: health, metrics and the status page
 */
public record NewsflowConfig(Path dataDir, KafkaSettings kafka, IngestSettings ingest,
                             ProcessingSettings processing, SinkSettings sink, WebSettings web,
                             TaggingSettings tagging, HttpSettings http) {
    public static final NewsflowConfig DEFAULT = new NewsflowConfig(Path.of("data"), KafkaSettings.DEFAULT,
            IngestSettings.DEFAULT, ProcessingSettings.DEFAULT, SinkSettings.DEFAULT, WebSettings.DEFAULT,
            TaggingSettings.DEFAULT, HttpSettings.DEFAULT);

    public NewsflowConfig {
        if (dataDir == null) {
            throw new ConfigException("data-dir can't be empty");
        }
        kafka = kafka == null ? KafkaSettings.DEFAULT : kafka;
        ingest = ingest == null ? IngestSettings.DEFAULT : ingest;
        processing = processing == null ? ProcessingSettings.DEFAULT : processing;
        sink = sink == null ? SinkSettings.DEFAULT : sink;
        web = web == null ? WebSettings.DEFAULT : web;
        tagging = tagging == null ? TaggingSettings.DEFAULT : tagging;
        http = http == null ? HttpSettings.DEFAULT : http;
    }

    public NewsflowConfig withKafka(KafkaSettings newKafka) {
        return new NewsflowConfig(dataDir, newKafka, ingest, processing, sink, web, tagging, http);
    }

    public NewsflowConfig withWeb(WebSettings newWeb) {
        return new NewsflowConfig(dataDir, kafka, ingest, processing, sink, newWeb, tagging, http);
    }
}
