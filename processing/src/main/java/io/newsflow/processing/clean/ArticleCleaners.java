package io.newsflow.processing.clean;

import io.newsflow.model.Checks;
import io.newsflow.model.ContentFormat;
import io.newsflow.processing.clean.html.HtmlPageExtractor;
import io.newsflow.processing.clean.lang.OptimaizeLanguageDetector;
import io.newsflow.processing.clean.text.TextPageExtractor;
import java.util.EnumMap;
import java.util.Map;

/** The cleaners newsflow ships. */
public final class ArticleCleaners {
    private ArticleCleaners() {
    }

    /** Cleans TEXT and HTML records (by {@code RawArticle.format()}) within {@link CleanLimits#DEFAULT}. */
    public static ArticleCleaner standard() {
        return standard(CleanLimits.DEFAULT);
    }

    /** Cleans TEXT and HTML records within the given limits (e.g. {@code withMinWords(settings.minWords())}). */
    public static ArticleCleaner standard(CleanLimits limits) {
        Checks.notNull(limits, "limits");
        ArticleAssembler assembler = new ArticleAssembler(OptimaizeLanguageDetector.shared(), limits);
        Map<ContentFormat, ArticleCleaner> byFormat = new EnumMap<>(ContentFormat.class);
        byFormat.put(ContentFormat.TEXT, new ExtractingCleaner(new TextPageExtractor(), assembler, limits));
        byFormat.put(ContentFormat.HTML, new ExtractingCleaner(new HtmlPageExtractor(limits), assembler, limits));
        return raw -> byFormat.get(Checks.notNull(raw, "raw").format()).clean(raw);
    }
}
