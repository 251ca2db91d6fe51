package io.newsflow.processing.clean.meta;

import io.newsflow.processing.clean.normalize.TextNormalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Strips the site's name from a page title: "Headline | Site", "Site - Headline", "Headline — Site". */
public final class Titles {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00B7\u2022:\\-\u00BB/]\\s+");
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_SITE_WORDS = 4;
    /** Compiled once: {@code String.split} and {@code replaceAll} compile their patterns on each call. */
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile(SEPARATOR.pattern() + "$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^" + SEPARATOR.pattern());
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Titles() {
    }

    /** The headline part of {@code title}; {@code siteName} (may be null) helps find which side is the site. */
    public static String withoutSiteName(String title, String siteName) {
        if (title == null) {
            return null;
        }
        String t = TextNormalizer.normalizeLine(TextNormalizer.decodeEntities(title));
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        if (siteName != null && !siteName.isBlank()) {
            String site = siteName.toLowerCase(Locale.ROOT).strip();
            String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
            String first = parts[0].toLowerCase(Locale.ROOT);
            if (last.equals(site) || site.contains(last) || last.contains(site)) {
                return TRAILING_SEPARATOR.matcher(t.substring(0, t.lastIndexOf(parts[parts.length - 1]))).replaceAll("")
                        .strip();
            }
            if (first.equals(site) || site.contains(first)) {
                return LEADING_SEPARATOR.matcher(t.substring(parts[0].length())).replaceFirst("").strip();
            }
        }
        String last = parts[parts.length - 1];
        String rest = TRAILING_SEPARATOR.matcher(t.substring(0, t.lastIndexOf(last))).replaceAll("").strip();
        boolean lastIsShortName = SPACES.split(last).length <= MAX_SITE_WORDS;
        return lastIsShortName && SPACES.split(rest).length >= MIN_HEADLINE_WORDS ? rest : t;
    }
}
