package io.newsflow.processing.tag.topic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.model.Checks;
import io.newsflow.model.TopicMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named topic rules. The file is YAML (or JSON, which YAML reads too):
 * <pre>
 * topics:
 *   ukraine-war: any of [Ukraine, Zelensky, Crimea] and any of [war, invasion, troops]
 *   fed: any of ["Federal Reserve", "Jerome Powell", "interest rates"]
 *   russia-politics: category politics and any of [Russia, Kremlin, Putin]
 * </pre>
 * An invalid expression fails the load with the topic's name and the position, so a bad edit is caught whole.
 */
public final class TopicRules {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final TopicRules NONE = new TopicRules(Map.of());

    private final Map<String, Rule> rules;

    private TopicRules(Map<String, Rule> rules) {
        this.rules = rules;
    }

    public static TopicRules none() {
        return NONE;
    }

    /** Rules from name → expression. */
    public static TopicRules of(Map<String, String> expressions) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Checks.notNull(expressions, "expressions").forEach((name, expression) -> {
            try {
                rules.put(Checks.notBlank(name, "topic name"), RuleParser.parse(expression));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("topic '" + name + "': " + e.getMessage(), e);
            }
        });
        return new TopicRules(Map.copyOf(rules));
    }

    /** Reads a rules file. */
    public static TopicRules load(Path file) {
        Checks.notNull(file, "file");
        try {
            JsonNode topics = YAML.readTree(Files.readString(file)).path("topics");
            if (!topics.isObject()) {
                throw new IllegalArgumentException(file + " has no 'topics:' map");
            }
            Map<String, String> expressions = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = topics.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                expressions.put(e.getKey(), e.getValue().asText());
            }
            return of(expressions);
        } catch (IOException e) {
            throw new UncheckedIOException("can't read topic rules " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The topics the article matches, each with its reasons, in topic-name order. */
    public List<TopicMatch> match(TaggedText article) {
        List<TopicMatch> out = new ArrayList<>();
        rules.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Optional<List<String>> reasons = e.getValue().match(article);
            reasons.ifPresent(r -> out.add(new TopicMatch(e.getKey(), r.stream().distinct().toList())));
        });
        return out;
    }

    public int size() {
        return rules.size();
    }
}
