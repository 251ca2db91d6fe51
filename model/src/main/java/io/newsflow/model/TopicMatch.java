package io.newsflow.model;

import java.util.List;

/**
 * A user-defined topic rule that matched an article, and why.
 *
 * @param topic   the rule's name
 * @param because the phrases or entities that satisfied it
 */
public record TopicMatch(String topic, List<String> because) {
    public TopicMatch {
        Checks.notBlank(topic, "topic");
        because = because == null ? List.of() : List.copyOf(because);
    }
}
