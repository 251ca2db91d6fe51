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
    /** A strict pass whose box holds less prose weight than this is compared with a lenient one. */
    static final double RETRY_BELOW_PROSE = 2000;
    /** The lenient pass wins when its box holds this many times the strict box's prose. */
    static final double LENIENT_PROSE_FACTOR = 2;
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
        MainText strict = mainText(doc, title, true);
        MainText best = strict;
        if (strict.text().length() < RETRY_BELOW_CHARS || strict.prose() < RETRY_BELOW_PROSE) {
            MainText lenient = mainText(parse(raw), title, false);
            best = lenient.betterThan(strict) ? lenient : strict;
        }
        return new Extraction(best.text(), "html:main-content", found, language);
    }

    private static Document parse(RawArticle raw) {
        return Jsoup.parse(raw.content(), raw.url() == null ? "" : raw.url());
    }

    /**
     * The article text of a parsed page; the page is changed (chrome removed). The strict pass removes elements
     * whose class names chrome; when that leaves too little (a site that names its article box "sidebar-content"),
     * a lenient pass on a fresh parse keeps them.
     */
    static MainText mainText(Document doc, String title, boolean strict) {
        Element body = doc.body();
        Pruner.prune(body, strict);
        TextStats stats = TextStats.measure(body);
        BlockSumSelector.Choice choice = BlockSumSelector.choose(body);
        ContentCleaner.clean(choice.box(), stats, title, strict);
        return new MainText(TextRenderer.render(choice.box()), choice.prose());
    }

    /** The text one pass found, and the prose weight of the box it came from. */
    record MainText(String text, double prose) {
        /** Longer when the other is too short to be an article; else much more prose. */
        boolean betterThan(MainText other) {
            if (other.text.length() < RETRY_BELOW_CHARS) {
                return text.length() > other.text.length();
            }
            return prose >= LENIENT_PROSE_FACTOR * other.prose;
        }
    }
}
