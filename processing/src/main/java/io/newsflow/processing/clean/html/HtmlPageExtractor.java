package io.newsflow.processing.clean.html;

import io.newsflow.model.Checks;
import io.newsflow.model.RawArticle;
import io.newsflow.processing.clean.CleanLimits;
import io.newsflow.processing.clean.ContentRefusedException;
import io.newsflow.processing.clean.Extraction;
import io.newsflow.processing.clean.FoundFields;
import io.newsflow.processing.clean.PageExtractor;
import io.newsflow.processing.clean.meta.HtmlMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from an HTML page with Jsoup: metadata from the whole page ({@link HtmlMetadata}), then
 * the main content: {@link Pruner} removes chrome, {@link ContentScorer} picks the container of the article,
 * {@link ContentCleaner} removes the boxes among its paragraphs, {@link TextRenderer} writes the text.
 * Every walk is iterative; depth and size are checked ({@link DocumentLimits}) before any of them.
 */
public final class HtmlPageExtractor implements PageExtractor {
    private final CleanLimits limits;

    public HtmlPageExtractor(CleanLimits limits) {
        this.limits = Checks.notNull(limits, "limits");
    }

    @Override
    public Extraction extract(RawArticle raw) throws ContentRefusedException {
        Document doc = Jsoup.parse(raw.content(), raw.url() == null ? "" : raw.url());
        DocumentLimits.check(doc, limits);
        FoundFields found = HtmlMetadata.read(doc, raw.url());
        String language = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
        return new Extraction(mainText(doc, found.get(FoundFields.TITLE)), "html:main-content", found, language);
    }

    /** The article text of a parsed page; the page is changed (chrome removed). */
    static String mainText(Document doc, String title) {
        Element body = doc.body();
        Pruner.prune(body);
        TextStats stats = TextStats.measure(body);
        Element content = ContentScorer.bestContainer(body, stats);
        ContentCleaner.clean(content, stats, title);
        return TextRenderer.render(content);
    }
}
