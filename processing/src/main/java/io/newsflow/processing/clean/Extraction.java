package io.newsflow.processing.clean;

import io.newsflow.model.Checks;

/**
 * What a format-specific extractor found on a page, before the shared assembly step.
 *
 * @param body             the main text, paragraphs separated by blank lines
 * @param bodySource       where the body came from, for provenance ({@code "html:main-content"})
 * @param found            metadata with provenance
 * @param declaredLanguage the language the page declares ({@code <html lang>}), or null
 */
public record Extraction(String body, String bodySource, FoundFields found, String declaredLanguage) {
    public Extraction {
        Checks.notNull(body, "body");
        Checks.notBlank(bodySource, "bodySource");
        Checks.notNull(found, "found");
    }
}
