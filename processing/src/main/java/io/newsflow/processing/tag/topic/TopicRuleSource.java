package io.newsflow.processing.tag.topic;

/** Where the tagger gets the topic rules in force; asked once per article. */
@FunctionalInterface
public interface TopicRuleSource {
    TopicRules current();

    static TopicRuleSource fixed(TopicRules rules) {
        io.newsflow.model.Checks.notNull(rules, "rules");
        return () -> rules;
    }
}
