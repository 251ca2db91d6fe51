package io.newsflow.processing.tag.entity;

import io.newsflow.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a capitalised run into mentions: splits it at a title in the middle ("Federal Reserve Chair Jerome
 * Powell"), strips leading titles and nationalities ("Russian President Vladimir Putin" → "Vladimir Putin", a
 * person), applies aliases and decides the type from the gazetteer and the shape of the name.
 */
final class MentionClassifier {
    private static final Set<String> ROMAN = Set.of("II", "III", "IV", "VI", "VII", "VIII", "IX", "XI");

    private final Set<String> capitalisedInside;

    /** @param capitalisedInside words seen capitalised away from the start of a sentence in this article */
    MentionClassifier(Set<String> capitalisedInside) {
        this.capitalisedInside = capitalisedInside;
    }

    List<Mention> classify(Candidate candidate) {
        List<Mention> out = new ArrayList<>();
        List<String> tokens = candidate.tokens();
        String surface = candidate.surface();
        if (candidate.sentenceInitial() && Gazetteer.isNotName(tokens.get(0))) {
            tokens = tokens.subList(1, tokens.size());
            if (tokens.isEmpty()) {
                return out;
            }
        }
        if (endsWithOrganisationWord(tokens) || known(String.join(" ", tokens))) {
            classifyName(tokens, candidate.surface(), false, candidate.sentenceInitial()).ifPresent(out::add);
            return out;
        }
        int split = titleInside(tokens);
        if (split > 0) {
            int leftEnd = split;
            while (leftEnd > 1 && isConnector(tokens.get(leftEnd - 1))) {
                leftEnd--;
            }
            String left = String.join(" ", tokens.subList(0, leftEnd));
            classifyName(tokens.subList(0, leftEnd), left, false, candidate.sentenceInitial()).ifPresent(out::add);
            tokens = tokens.subList(split, tokens.size());
            surface = String.join(" ", tokens);
        }
        int start = 0;
        while (start < tokens.size() && (Gazetteer.isTitle(tokens.get(start)) || leadsTitle(tokens, start)
                || (start > 0 && isConnector(tokens.get(start))))) {
            start++;
        }
        if (start < tokens.size()) {
            classifyName(tokens.subList(start, tokens.size()), surface,
                    start > 0 && Gazetteer.isTitle(tokens.get(start - 1)),
                    candidate.sentenceInitial() && start == 0).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Mention> classifyName(List<String> tokens, String surface, boolean afterTitle,
                                           boolean sentenceInitial) {
        String text = String.join(" ", tokens);
        String name = Gazetteer.canonical(text);
        if (Gazetteer.isPlace(name)) {
            return Optional.of(new Mention(name, EntityType.LOCATION, surface));
        }
        if (Gazetteer.isOrganisation(name) || Gazetteer.isOrganisation(text)) {
            return Optional.of(new Mention(name, EntityType.ORGANIZATION, surface));
        }
        if (tokens.size() == 1) {
            return single(text, surface, afterTitle, sentenceInitial);
        }
        if (tokens.stream().anyMatch(Gazetteer::isOrganisationWord)) {
            return Optional.of(new Mention(name, EntityType.ORGANIZATION, surface));
        }
        String last = tokens.get(tokens.size() - 1);
        if (Gazetteer.isPlaceWord(last)) {
            return Optional.of(new Mention(name, EntityType.LOCATION, surface));
        }
        if (Gazetteer.isThingWord(last)) {
            return Optional.of(new Mention(name, EntityType.OTHER, surface));
        }
        if (looksLikePerson(tokens)) {
            return Optional.of(new Mention(name, EntityType.PERSON, surface));
        }
        return Optional.of(new Mention(name, EntityType.OTHER, surface));
    }

    private Optional<Mention> single(String word, String surface, boolean afterTitle, boolean sentenceInitial) {
        if (Gazetteer.isDemonym(word) || Gazetteer.isTitle(word) || Gazetteer.isNotName(word) || word.length() < 2) {
            return Optional.empty();
        }
        if (isAcronym(word)) {
            return Optional.of(new Mention(word, EntityType.ORGANIZATION, surface));
        }
        if (sentenceInitial && !capitalisedInside.contains(word)) {
            return Optional.empty();
        }
        return Optional.of(new Mention(word, afterTitle ? EntityType.PERSON : null, surface));
    }

    private static boolean looksLikePerson(List<String> tokens) {
        if (tokens.size() > 4 || Gazetteer.isDemonym(tokens.get(0))) {
            return false;
        }
        for (String token : tokens) {
            if (ROMAN.contains(token) || isAcronym(token) || token.chars().anyMatch(Character::isDigit)
                    || token.equals("of") || token.equals("the") || Gazetteer.isPlace(token)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithOrganisationWord(List<String> tokens) {
        return tokens.size() > 1 && Gazetteer.isOrganisationWord(tokens.get(tokens.size() - 1));
    }

    private static boolean known(String text) {
        String name = Gazetteer.canonical(text);
        return Gazetteer.isPlace(name) || Gazetteer.isOrganisation(name);
    }

    private static int titleInside(List<String> tokens) {
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (!Gazetteer.isTitle(tokens.get(i)) || Gazetteer.isTitle(tokens.get(i - 1))
                    || Gazetteer.isDemonym(tokens.get(i - 1))) {
                continue;
            }
            if (!isConnector(tokens.get(i - 1))) {
                return i;
            }
            int before = i - 1;
            while (before > 0 && isConnector(tokens.get(before))) {
                before--;
            }
            if (!Gazetteer.isTitle(tokens.get(before))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean leadsTitle(List<String> tokens, int i) {
        boolean qualifier = Gazetteer.isDemonym(tokens.get(i)) || Gazetteer.isPlace(Gazetteer.canonical(tokens.get(i)));
        return qualifier && i + 1 < tokens.size()
                && (Gazetteer.isTitle(tokens.get(i + 1)) || Gazetteer.isDemonym(tokens.get(i + 1)));
    }

    private static boolean isConnector(String token) {
        return Character.isLowerCase(token.charAt(0));
    }

    static boolean isAcronym(String word) {
        String letters = word.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isUpperCase);
    }
}
