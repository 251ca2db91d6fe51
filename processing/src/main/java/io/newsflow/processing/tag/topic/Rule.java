package io.newsflow.processing.tag.topic;

import java.util.List;
import java.util.Optional;

/**
 * A topic expression. {@link #match} returns the reasons ("entity:Ukraine", "phrase:invasion",
 * "category:politics") when the expression holds, or empty when it does not.
 */
public sealed interface Rule {
    Optional<List<String>> match(TaggedText article);

    /** A name or phrase: matches an entity of that name (or surname or mention), else the words in the text. */
    record Term(String value) implements Rule {
        @Override
        public Optional<List<String>> match(TaggedText article) {
            var entity = article.entity(value);
            if (entity != null) {
                return Optional.of(List.of("entity:" + entity.name()));
            }
            return article.contains(value) ? Optional.of(List.of("phrase:" + value)) : Optional.empty();
        }
    }

    /** The article's category is this one. */
    record Category(String name) implements Rule {
        @Override
        public Optional<List<String>> match(TaggedText article) {
            return name.equalsIgnoreCase(article.category()) ? Optional.of(List.of("category:" + name))
                    : Optional.empty();
        }
    }

    /** At least one holds; reasons from every one that holds. */
    record Any(List<Rule> rules) implements Rule {
        @Override
        public Optional<List<String>> match(TaggedText article) {
            List<String> reasons = new java.util.ArrayList<>();
            rules.forEach(r -> r.match(article).ifPresent(reasons::addAll));
            return reasons.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(reasons));
        }
    }

    /** Every one holds. */
    record All(List<Rule> rules) implements Rule {
        @Override
        public Optional<List<String>> match(TaggedText article) {
            List<String> reasons = new java.util.ArrayList<>();
            for (Rule r : rules) {
                Optional<List<String>> m = r.match(article);
                if (m.isEmpty()) {
                    return Optional.empty();
                }
                reasons.addAll(m.get());
            }
            return Optional.of(List.copyOf(reasons));
        }
    }

    /** Holds when the inner rule does not. */
    record Not(Rule rule) implements Rule {
        @Override
        public Optional<List<String>> match(TaggedText article) {
            return rule.match(article).isPresent() ? Optional.empty() : Optional.of(List.of());
        }
    }
}
