package io.newsflow.app.bench.workload;

import static io.newsflow.app.bench.workload.Vocabulary.ADJECTIVES;
import static io.newsflow.app.bench.workload.Vocabulary.ADVERBS;
import static io.newsflow.app.bench.workload.Vocabulary.NOUNS;
import static io.newsflow.app.bench.workload.Vocabulary.ORGANISATIONS;
import static io.newsflow.app.bench.workload.Vocabulary.PLACES;
import static io.newsflow.app.bench.workload.Vocabulary.VERBS;
import static io.newsflow.app.bench.workload.Vocabulary.WEEKDAYS;
import static io.newsflow.app.bench.workload.Vocabulary.any;
import static io.newsflow.app.bench.workload.Vocabulary.person;
import static io.newsflow.app.bench.workload.Vocabulary.skewed;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * News-like sentences, paragraphs and headlines from templates over {@link Vocabulary}: reported speech, numbers,
 * places, people and organisations, so cleaning, language detection, entity and keyword tagging see text of
 * the usual shape. Hand-written: no library generates plausible news prose without a corpus.
 */
final class Prose {
    private final RandomGenerator random;

    Prose(RandomGenerator random) {
        this.random = random;
    }

    String headline() {
        String subject = random.nextBoolean() ? person(random) : capitalised(any(ORGANISATIONS, random));
        return switch (random.nextInt(4)) {
            case 0 -> subject + " " + verb() + " " + adjective() + " " + noun() + " " + noun() + " in " + place();
            case 1 -> capitalised(adjective()) + " " + noun() + " " + verb() + " as " + noun() + " " + verb()
                    + " in " + place();
            case 2 -> place() + " " + noun() + ": " + subject + " " + verb() + " " + noun() + " " + noun();
            default -> "Why the " + adjective() + " " + noun() + " " + verb() + " the " + noun() + " " + noun();
        };
    }

    List<String> paragraphs(int targetChars) {
        List<String> paragraphs = new ArrayList<>();
        int chars = 0;
        while (chars < targetChars) {
            String paragraph = paragraph();
            paragraphs.add(paragraph);
            chars += paragraph.length() + 2;
        }
        return paragraphs;
    }

    String paragraph() {
        int sentences = 2 + random.nextInt(4);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : " ").append(sentence());
        }
        return text.toString();
    }

    String sentence() {
        return switch (random.nextInt(8)) {
            case 0 -> "The " + adjective() + " " + noun() + " " + verb() + " the " + noun() + " of " + place()
                    + " on " + any(WEEKDAYS, random) + ", according to " + any(ORGANISATIONS, random) + ".";
            case 1 -> "\u201c" + capitalised("we have " + verb() + " the " + noun() + " and the " + noun())
                    + ",\u201d " + person(random) + ", a " + adjective() + " " + noun() + " in " + place() + ", said.";
            case 2 -> capitalised(any(ORGANISATIONS, random)) + " " + adverb() + " " + verb() + " that the " + noun()
                    + " had " + verb() + " by " + (1 + random.nextInt(40)) + " percent since " + (2000 + random.nextInt(25))
                    + ".";
            case 3 -> person(random) + " " + verb() + " the " + adjective() + " " + noun() + " after the " + noun()
                    + " " + verb() + " " + (2 + random.nextInt(900)) + " million " + noun() + "s.";
            case 4 -> "In " + place() + ", " + noun() + "s and " + noun() + "s " + verb() + " a " + adjective()
                    + " " + noun() + ", while the " + noun() + " " + adverb() + " " + verb() + " the " + noun() + ".";
            case 5 -> "It was the " + adjective() + " " + noun() + " since the " + noun() + " " + verb() + " in "
                    + any(Vocabulary.MONTHS, random) + ".";
            case 6 -> "Critics " + verb() + " the " + noun() + ", saying it " + verb() + " " + adjective() + " "
                    + noun() + "s and " + adverb() + " " + verb() + " the " + adjective() + " " + noun() + ".";
            default -> "The " + noun() + " is " + adverb() + " " + verb() + " to affect " + (3 + random.nextInt(97))
                    + ",000 " + noun() + "s across the " + adjective() + " " + noun() + ".";
        };
    }

    String noun() {
        return skewed(NOUNS, random);
    }

    String verb() {
        return skewed(VERBS, random);
    }

    String adjective() {
        return skewed(ADJECTIVES, random);
    }

    String adverb() {
        return any(ADVERBS, random);
    }

    String place() {
        return skewed(PLACES, random);
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
