package io.newsflow.processing.tag.topic;

import io.newsflow.model.Entity;
import java.util.List;
import java.util.Locale;

/**
 * What a topic rule can look at: the words of the headline and body, the entities (by name and by the forms they
 * were mentioned under) and the category.
 */
public record TaggedText(String title, String text, List<Entity> entities, String category) {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    public TaggedText {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** The entity a name refers to ("Zelensky" matches "Volodymyr Zelensky"), or null. */
    Entity entity(String name) {
        for (Entity e : entities) {
            if (e.name().equalsIgnoreCase(name) || e.mentions().stream().anyMatch(m -> m.equalsIgnoreCase(name))
                    || surname(e.name()).equalsIgnoreCase(name)) {
                return e;
            }
        }
        return null;
    }

    /** Whether the phrase occurs as whole words in the headline or body, ignoring case and punctuation. */
    boolean contains(String phrase) {
        String needle = ' ' + normalise(phrase) + ' ';
        return needle.length() > 2 && (' ' + normalised() + ' ').contains(needle);
    }

    private String normalised() {
        return normalise((title == null ? "" : title) + " \n " + (text == null ? "" : text));
    }

    private static String normalise(String s) {
        return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
