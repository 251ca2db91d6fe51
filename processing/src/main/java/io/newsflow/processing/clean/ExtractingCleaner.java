package io.newsflow.processing.clean;

import io.newsflow.model.Checks;
import io.newsflow.model.RawArticle;

/**
 * A cleaner for one format: refuses content over the size limit, runs the format's {@link PageExtractor}, then
 * the shared {@link ArticleAssembler}.
 */
final class ExtractingCleaner implements ArticleCleaner {
    private final PageExtractor extractor;
    private final ArticleAssembler assembler;
    private final CleanLimits limits;

    ExtractingCleaner(PageExtractor extractor, ArticleAssembler assembler, CleanLimits limits) {
        this.extractor = Checks.notNull(extractor, "extractor");
        this.assembler = Checks.notNull(assembler, "assembler");
        this.limits = Checks.notNull(limits, "limits");
    }

    @Override
    public CleanResult clean(RawArticle raw) {
        Checks.notNull(raw, "raw");
        if (raw.content().length() > limits.maxChars()) {
            return CleanResult.unprocessable(raw.source().describe() + ": " + raw.content().length()
                    + " characters, more than the limit of " + limits.maxChars());
        }
        try {
            return assembler.assemble(raw, extractor.extract(raw));
        } catch (ContentRefusedException e) {
            return CleanResult.unprocessable(raw.source().describe() + ": " + e.getMessage());
        }
    }
}
