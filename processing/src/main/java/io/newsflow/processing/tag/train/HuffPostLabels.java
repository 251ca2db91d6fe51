package io.newsflow.processing.tag.train;

import java.util.Map;
import java.util.Optional;

/**
 * HuffPost section → newsflow category. Sections not listed (STYLE, TRAVEL, PARENTING, QUEER VOICES, WEIRD NEWS,
 * U.S. NEWS, COMEDY, MEDIA, ...) are dropped: they are lifestyle or identity sections, or mix several of our
 * categories. Keep in step with {@code LABELS.md}.
 */
public final class HuffPostLabels {
    /** newsflow's default categories, in the model's order. */
    public static final java.util.List<String> CATEGORIES = java.util.List.of("politics", "world", "business",
            "technology", "science", "health", "sport", "entertainment", "crime", "environment");

    private static final Map<String, String> MAPPING = Map.ofEntries(
            Map.entry("POLITICS", "politics"),
            Map.entry("WORLD NEWS", "world"),
            Map.entry("WORLDPOST", "world"),
            Map.entry("THE WORLDPOST", "world"),
            Map.entry("BUSINESS", "business"),
            Map.entry("MONEY", "business"),
            Map.entry("TECH", "technology"),
            Map.entry("SCIENCE", "science"),
            Map.entry("WELLNESS", "health"),
            Map.entry("HEALTHY LIVING", "health"),
            Map.entry("SPORTS", "sport"),
            Map.entry("ENTERTAINMENT", "entertainment"),
            Map.entry("ARTS", "entertainment"),
            Map.entry("ARTS & CULTURE", "entertainment"),
            Map.entry("CULTURE & ARTS", "entertainment"),
            Map.entry("CRIME", "crime"),
            Map.entry("ENVIRONMENT", "environment"),
            Map.entry("GREEN", "environment"));

    private HuffPostLabels() {
    }

    /** Our category for a HuffPost section, or empty when the section is dropped. */
    public static Optional<String> categoryOf(String huffPostSection) {
        return Optional.ofNullable(MAPPING.get(huffPostSection));
    }
}
