package io.newsflow.app;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Which category model and topic rules the processing stage tags with. */
final class TaggingOptions {
    @Option(names = "--tagger-model", paramLabel = "FILE",
            description = "A category model made by `newsflow tagger train` (default: the shipped 10-category model)")
    Path model;

    @Option(names = "--topics", paramLabel = "FILE",
            description = "User topic rules (YAML or JSON); edits apply without a restart")
    Path topicRules;

    void addTo(Map<String, Object> overrides) {
        KafkaOptions.put(overrides, "tagging.model", model == null ? null : model.toString());
        KafkaOptions.put(overrides, "tagging.topic-rules", topicRules == null ? null : topicRules.toString());
    }
}
