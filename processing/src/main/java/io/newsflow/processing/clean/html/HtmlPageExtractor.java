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
 * the main content: {@link Pruner} removes chrome, {@link BlockSumSelector} picks the container of the article,
 * {@link ContentCleaner} removes the boxes among its paragraphs, {@link TextRenderer} writes the text.
 * Every walk is iterative; depth and size are checked ({@link DocumentLimits}) before any of them.
 */
public final class HtmlPageExtractor implements PageExtractor {
    /** A strict pass that finds less text than this is retried leniently (Readability retries below 500). */
    static final int RETRY_BELOW_CHARS = 500;
    private final CleanLimits limits;

    public HtmlPageExtractor(CleanLimits limits) {
        this.limits = Checks.notNull(limits, "limits");
    }

    @Override
    public Extraction extract(RawArticle raw) throws ContentRefusedException {
        Document doc = parse(raw);
        DocumentLimits.check(doc, limits);
        FoundFields found = HtmlMetadata.read(doc, raw.url());
        String language = doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang");
        String title = found.get(FoundFields.TITLE);
        String text = mainText(doc, title, true);
        if (text.length() < RETRY_BELOW_CHARS) {
            String lenient = mainText(parse(raw), title, false);
            text = lenient.length() > text.length() ? lenient : text;
        }
        return new Extraction(text, "html:main-content", found, language);
    }

    private static Document parse(RawArticle raw) {
        return Jsoup.parse(raw.content(), raw.url() == null ? "" : raw.url());
    }

    /**
     * The article text of a parsed page; the page is changed (chrome removed). The strict pass removes elements
     * whose class names chrome; when that leaves too little (a site that names its article box "sidebar-content"),
     * a lenient pass on a fresh parse keeps them.
     */
    static String mainText(Document doc, String title, boolean strict) {
        Element body = doc.body();
        Pruner.prune(body, strict);
        TextStats stats = TextStats.measure(body);
        Element content = BlockSumSelector.select(body);
        ContentCleaner.clean(content, stats, title, strict);
        return TextRenderer.render(content);
    }
}
