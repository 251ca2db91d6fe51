package io.newsflow.model.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How articles are tagged.
 *
 * @param model             a category model file made by {@code newsflow tagger train}; null uses the model shipped
 *                          in the jar (politics, world, business, technology, science, health, sport,
 *                          entertainment, crime, environment)
 * @param topicRules        a YAML or JSON file of user topic rules; null for none
 * @param topicRulesReload  how often the rules file is checked for changes (edits apply without a restart)
 */
public record TaggingSettings(Path model, Path topicRules, Duration topicRulesReload) {
    public static final TaggingSettings DEFAULT = new TaggingSettings(null, null, Duration.ofSeconds(10));

    public TaggingSettings {
        if (topicRulesReload == null || topicRulesReload.isNegative() || topicRulesReload.isZero()) {
            throw new ConfigException("tagging.topic-rules-reload must be positive, was " + topicRulesReload);
        }
    }
}
