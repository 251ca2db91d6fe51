package io.newsflow.processing.tag.entity;

import io.newsflow.model.Entity;
import io.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people, organisations and places of an article and normalises them to one name per entity:
 * "Trump", "President Trump" and "Donald Trump" become one "Donald Trump" entity with a count of all three and
 * their forms as mentions; "Yury Ushakov" and "Yuri Ushakov" merge (same surname, first names one edit apart);
 * "U.S." and "America" become "United States". A headline in Title Case is not scanned for new names (every
 * word is capitalised there) but its mentions of the body's entities are counted. Thread-safe.
 */
public final class EntityExtractor {
    private final int maxEntities;

    public EntityExtractor() {
        this(40);
    }

    public EntityExtractor(int maxEntities) {
        this.maxEntities = io.newsflow.model.Checks.positive(maxEntities, "maxEntities");
    }

    public List<Entity> extract(String title, String text) {
        List<Candidate> candidates = new ArrayList<>();
        boolean titleCase = TitleCase.is(title);
        if (!titleCase) {
            candidates.addAll(CandidateScanner.scan(title));
        }
        List<String> titleCaseLines = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\n")) {
            if (TitleCase.is(line)) {
                titleCaseLines.add(line);
            } else {
                candidates.addAll(CandidateScanner.scan(line));
            }
        }
        if (titleCase) {
            titleCaseLines.add(title);
        }
        MentionClassifier classifier = new MentionClassifier(capitalisedInside(candidates));
        List<Mention> mentions = new ArrayList<>();
        candidates.forEach(c -> mentions.addAll(classifier.classify(c)));
        List<Mention> body = List.copyOf(mentions);
        titleCaseLines.forEach(line -> mentions.addAll(TitleCase.mentionsOf(line, body)));
        return top(new MentionMerger(mentions).entities());
    }

    private List<Entity> top(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt(Entity::count).reversed());
        return sorted.size() > maxEntities ? sorted.subList(0, maxEntities) : sorted;
    }

    private static Set<String> capitalisedInside(List<Candidate> candidates) {
        Set<String> words = new HashSet<>();
        for (Candidate c : candidates) {
            List<String> tokens = c.tokens();
            words.addAll(c.sentenceInitial() ? tokens.subList(1, tokens.size()) : tokens);
        }
        return words;
    }

    /** Groups mentions into entities: aliases, surnames and spelling variants of the same person. */
    static final class MentionMerger {
        private final List<Mention> mentions;

        MentionMerger(List<Mention> mentions) {
            this.mentions = mentions;
        }

        List<Entity> entities() {
            Map<String, String> personOf = persons();
            Map<String, Builder> byName = new LinkedHashMap<>();
            for (Mention m : mentions) {
                String name = personOf.getOrDefault(m.name(), m.name());
                EntityType type = personOf.containsKey(m.name()) ? EntityType.PERSON : typeOf(m);
                byName.computeIfAbsent(name + '\u0000' + type, k -> new Builder(name, type)).add(m.surface());
            }
            List<Entity> out = new ArrayList<>();
            for (Builder b : byName.values()) {
                if (b.type != EntityType.OTHER || b.count >= 2) {
                    out.add(b.build());
                }
            }
            return out;
        }

        private static EntityType typeOf(Mention m) {
            return m.type() == null ? EntityType.OTHER : m.type();
        }

        /** Every person-like name → the full name it stands for. */
        private Map<String, String> persons() {
            Map<String, Integer> fullNames = new LinkedHashMap<>();
            for (Mention m : mentions) {
                if (m.type() == EntityType.PERSON && !m.isSingleWord()) {
                    fullNames.merge(m.name(), 1, Integer::sum);
                }
            }
            Map<String, String> canonical = new LinkedHashMap<>();
            for (String name : fullNames.keySet()) {
                canonical.put(name, variantOf(name, fullNames));
            }
            for (Mention m : mentions) {
                if (m.isSingleWord() && (m.type() == null || m.type() == EntityType.PERSON)) {
                    String full = fullNameOf(m.name(), fullNames);
                    if (full != null) {
                        canonical.put(m.name(), canonical.getOrDefault(full, full));
                    } else if (m.type() == EntityType.PERSON) {
                        canonical.put(m.name(), m.name());
                    }
                }
            }
            return canonical;
        }

        /** The most mentioned spelling among names with this surname and a first name one edit away. */
        private static String variantOf(String name, Map<String, Integer> fullNames) {
            String best = name;
            for (Map.Entry<String, Integer> other : fullNames.entrySet()) {
                if (sameSurname(name, other.getKey()) && firstNamesClose(name, other.getKey())
                        && other.getValue() > fullNames.get(best)) {
                    best = other.getKey();
                }
            }
            return best;
        }

        /** The article's full name for a lone surname, or the famous one when the article spells none out twice. */
        private static String fullNameOf(String word, Map<String, Integer> fullNames) {
            String own = bySurname(word, fullNames);
            String famous = Gazetteer.famousBySurname(word);
            if (famous != null && (own == null || fullNames.get(own) < 2)) {
                return famous;
            }
            return own;
        }

        private static String bySurname(String word, Map<String, Integer> fullNames) {
            return fullNames.entrySet().stream()
                    .filter(e -> e.getKey().endsWith(" " + word))
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
        }

        private static boolean sameSurname(String a, String b) {
            return a.substring(a.lastIndexOf(' ') + 1).equals(b.substring(b.lastIndexOf(' ') + 1));
        }

        private static boolean firstNamesClose(String a, String b) {
            return EditDistance.atMostOne(a.substring(0, a.lastIndexOf(' ')), b.substring(0, b.lastIndexOf(' ')));
        }
    }

    private static final class Builder {
        private final String name;
        private final EntityType type;
        private final Set<String> surfaces = new java.util.LinkedHashSet<>();
        private int count;

        Builder(String name, EntityType type) {
            this.name = name;
            this.type = type;
        }

        void add(String surface) {
            count++;
            surfaces.add(surface);
        }

        Entity build() {
            return new Entity(name, type, count, List.copyOf(surfaces));
        }
    }
}
