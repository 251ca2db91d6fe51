package io.newsflow.processing.clean.meta;

import io.newsflow.processing.clean.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a byline ("By Jane Doe and John Roe, Staff Writers") into the list of names. */
public final class Bylines {
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\|)\\s*");
    private static final Pattern LEADING_BY = Pattern.compile("^(?:by|von|par|por)\\s+", Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_CHARS = 60;
    private static final int MAX_BYLINE_CHARS = 100;
    /** Characters a separator between two names may take (", ", " and "). */
    private static final int SEPARATOR_SLACK = 5;
    /** Compiled once: {@code String.split} compiles its pattern on each call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BY = Pattern.compile("(?:by|By|BY)\\s+(?=\\p{Lu})");

    private Bylines() {
    }

    /**
     * A short line that names authors and nothing else: "By Jane Doe", "by Jane Doe and John Roe". Only the
     * English "By" opens one: "von", "par" and "por" also open sentences.
     */
    public static boolean isByline(String line) {
        if (line == null || line.length() > MAX_BYLINE_CHARS) {
            return false;
        }
        String text = line.strip();
        if (!BY.matcher(text).lookingAt()) {
            return false;
        }
        String rest = BY.matcher(text).replaceFirst("");
        List<String> names = split(rest);
        return !names.isEmpty() && String.join(" ", names).length() + SEPARATOR_SLACK * names.size() >= rest.length();
    }

    /** Whether {@code text}, leading white space aside, opens with the word "By" (a cheap test before {@link #isByline}). */
    public static boolean opensByline(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.regionMatches(true, i, "by", 0, 2)
                && (i + 2 == text.length() || Character.isWhitespace(text.charAt(i + 2)));
    }

    public static List<String> split(String byline) {
        if (byline == null || byline.isBlank()) {
            return List.of();
        }
        String text = LEADING_BY.matcher(TextNormalizer.normalizeLine(byline)).replaceFirst("");
        Set<String> names = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(text)) {
            String name = part.strip();
            if (looksLikeName(name)) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** A name: a few words, the first capitalised, no URL, no role words like "staff". */
    public static boolean looksLikeName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_CHARS || name.contains("://") || name.contains("@")
                || name.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] words = SPACES.split(name);
        String lower = name.toLowerCase(Locale.ROOT);
        return words.length <= MAX_NAME_WORDS && Character.isUpperCase(name.codePointAt(0))
                && !lower.contains("staff") && !lower.contains("writer") && !lower.contains("editor")
                && !lower.contains("correspondent") && !lower.contains("reporter");
    }
}
