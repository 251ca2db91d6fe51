package io.newsflow.processing.clean;

import io.newsflow.model.Checks;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Words;
import io.newsflow.processing.clean.lang.LanguageDetector;
import io.newsflow.processing.clean.meta.Dates;
import io.newsflow.processing.clean.normalize.TextNormalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The last step every cleaner shares: adds what the raw record declares as fallbacks (provenance
 * {@code "input"}), detects the language, checks the body is long enough and builds the {@link CleanedArticle}.
 */
public final class ArticleAssembler {
    public static final String INPUT = "input";
    public static final String DETECTOR = "detector";

    private final LanguageDetector detector;
    private final CleanLimits limits;

    public ArticleAssembler(LanguageDetector detector, CleanLimits limits) {
        this.detector = Checks.notNull(detector, "detector");
        this.limits = Checks.notNull(limits, "limits");
    }

    /** Builds the article from what a cleaner extracted from {@code raw}, or says there is none. */
    public CleanResult assemble(RawArticle raw, Extraction extraction) {
        Checks.notNull(raw, "raw");
        Checks.notNull(extraction, "extraction");
        FoundFields found = extraction.found();
        String text = foldIfAsked(TextNormalizer.normalize(extraction.body()).strip());
        int words = wordsUpToEnough(text);
        if (words < limits.minWords()) {
            return CleanResult.noText("no article text in " + raw.source().describe() + ": " + words
                    + " words after cleaning, " + limits.minWords() + " needed");
        }
        addDeclared(raw, found);
        detector.detect(text).ifPresent(lang -> found.offer(FoundFields.LANGUAGE, lang, DETECTOR));
        found.offer(FoundFields.LANGUAGE, primarySubtag(extraction.declaredLanguage()), "html-lang");
        CleanedArticle article = build(text, extraction.bodySource(), found);
        return new CleanResult.Cleaned(limits.foldQuotes() ? withFoldedTitle(article) : article);
    }

    /**
     * The words of {@code text}, or of a prefix of it when that prefix already holds the {@code minWords} needed:
     * a prefix never has more words than the whole, so the answer to "enough?" is the same, without reading a long
     * body character by character.
     */
    private int wordsUpToEnough(String text) {
        int prefix = limits.minWords() * PREFIX_CHARS_PER_WORD;
        if (text.length() > prefix) {
            int words = Words.count(text.substring(0, prefix));
            if (words >= limits.minWords()) {
                return words;
            }
        }
        return Words.count(text);
    }

    /** Characters read per word needed before the whole body is counted (English averages six with the space). */
    private static final int PREFIX_CHARS_PER_WORD = 12;

    private String foldIfAsked(String text) {
        return limits.foldQuotes() ? TextNormalizer.foldQuotes(text) : text;
    }

    private static void addDeclared(RawArticle raw, FoundFields found) {
        found.offer(FoundFields.TITLE, TextNormalizer.normalizeLine(raw.title()), INPUT);
        Dates.parseMachine(raw.publishedAt()).ifPresent(d -> found.offer(FoundFields.PUBLISHED_AT, d, INPUT));
        found.offerAuthors(raw.authors(), INPUT);
        found.offer(FoundFields.CANONICAL_URL, raw.url(), INPUT);
    }

    private static CleanedArticle build(String text, String bodySource, FoundFields f) {
        Map<String, String> provenance = new LinkedHashMap<>(f.provenance());
        provenance.put("text", bodySource);
        List<String> authors = f.authors();
        return new CleanedArticle(f.get(FoundFields.TITLE), text, f.get(FoundFields.PUBLISHED_AT),
                f.get(FoundFields.MODIFIED_AT), authors, f.get(FoundFields.LANGUAGE), f.get(FoundFields.SITE_NAME),
                f.get(FoundFields.DESCRIPTION), f.get(FoundFields.IMAGE_URL), f.get(FoundFields.CANONICAL_URL),
                provenance);
    }

    private static CleanedArticle withFoldedTitle(CleanedArticle a) {
        return new CleanedArticle(TextNormalizer.foldQuotes(a.title()), a.text(), a.publishedAt(), a.modifiedAt(),
                a.authors(), a.language(), a.siteName(), a.description(), a.imageUrl(), a.canonicalUrl(),
                a.provenance());
    }

    static String primarySubtag(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String tag = SUBTAG_SEPARATOR.split(declared.strip().toLowerCase(java.util.Locale.ROOT), 2)[0];
        return TWO_LETTERS.matcher(tag).matches() ? tag : null;
    }

    /** Compiled once: {@code String.split} and {@code matches} compile their patterns on each call. */
    private static final Pattern SUBTAG_SEPARATOR = Pattern.compile("[-_]");
    private static final Pattern TWO_LETTERS = Pattern.compile("[a-z]{2}");
}
