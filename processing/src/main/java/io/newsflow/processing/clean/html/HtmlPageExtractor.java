package io.newsflow.processing.clean.html;

import io.newsflow.model.Checks;
import io.newsflow.model.RawArticle;
import io.newsflow.processing.clean.CleanLimits;
import io.newsflow.processing.clean.ContentRefusedException;
import io.newsflow.processing.clean.Extraction;
import io.newsflow.processing.clean.FoundFields;
import io.newsflow.processing.clean.PageExtractor;
import io.newsflow.processing.clean.meta.HtmlMetadata;
import io.newsflow.processing.clean.meta.JsonLd;
import io.newsflow.processing.clean.meta.PageScan;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Extracts the article from an HTML page with Jsoup: one walk scans the page ({@link PageScan}: size, metadata
 * sources), its size is checked ({@link DocumentLimits}), metadata is read ({@link HtmlMetadata}), then the main
 * content: {@link Pruner} removes chrome, {@link BlockSumSelector} picks the container of the article,
 * {@link ContentCleaner} removes the boxes among its paragraphs, {@link TextRenderer} writes the text, and
 * {@link RepeatedRuns} drops a second copy of a run of paragraphs.
 * Every walk is iterative. A lenient second pass, when needed, runs on the same parse: the strict pass's removals
 * are undone ({@link Removals}) rather than the page parsed again.
 */
public final class HtmlPageExtractor implements PageExtractor {
    /** A strict pass that finds less text than this is retried leniently (Readability retries below 500). */
    static final int RETRY_BELOW_CHARS = 500;
    /** A strict pass whose box holds less prose weight than this is compared with a lenient one. */
    static final double RETRY_BELOW_PROSE = 2000;
    /** The lenient pass wins when its box holds this many times the strict box's prose. */
    static final double LENIENT_PROSE_FACTOR = 2;
    private static final Evaluator HTML = QueryParser.parse("html");
    private final CleanLimits limits;

    public HtmlPageExtractor(CleanLimits limits) {
        this.limits = Checks.notNull(limits, "limits");
    }

    @Override
    public Extraction extract(RawArticle raw) throws ContentRefusedException {
        Document doc = Jsoup.parse(raw.content(), raw.url() == null ? "" : raw.url());
        PageScan scan = PageScan.of(doc);
        DocumentLimits.check(scan, limits);
        JsonLd ld = JsonLd.of(scan.jsonLd());
        FoundFields found = HtmlMetadata.read(doc, scan, ld, raw.url());
        Element html = doc.selectFirst(HTML);
        String language = html == null ? null : html.attr("lang");
        Pass pass = new Pass(doc.body(), scan.elements(), found.get(FoundFields.TITLE), found.authors(),
                Pruner.contentHolders(scan.contentAnchors(), doc.body()),
                ArticleBodyGuide.of(ld.text("articleBody").orElse(null)));
        MainText strict = pass.run(true, null);
        MainText best = strict;
        if (strict.text().length() < RETRY_BELOW_CHARS || strict.prose() < RETRY_BELOW_PROSE) {
            pass.undo();
            MainText lenient = pass.run(false, strict);
            best = lenient != null && lenient.betterThan(strict) ? lenient : strict;
        }
        return new Extraction(RepeatedRuns.drop(best.text()), "html:main-content", found, language);
    }

    /** One page's body, cleaned strictly or leniently, with the removals of the last run kept for undoing. */
    private static final class Pass {
        private final Element body;
        /** The page's elements: the body's are fewer, and fewer still once it is pruned. */
        private final int elements;
        private final String title;
        private final List<String> authors;
        private final Set<Element> contentHolders;
        private final ArticleBodyGuide guide;
        private Removals removals = new Removals();

        Pass(Element body, int elements, String title, List<String> authors, Set<Element> contentHolders,
                ArticleBodyGuide guide) {
            this.body = body;
            this.elements = elements;
            this.title = title;
            this.authors = authors;
            this.contentHolders = contentHolders;
            this.guide = guide;
        }

        /**
         * The article text of the body; the body is changed (chrome removed). The strict pass removes elements
         * whose class names chrome; when that leaves too little (a site that names its article box
         * "sidebar-content"), a lenient pass keeps them. Both passes then judge the boxes inside the chosen one
         * alike (Readability's retry, too, first stops stripping unlikely names and still cleans conditionally): the
         * chrome name that made the article's box look unlikely says nothing of the share bars and link lists in it.
         * Null when the box chosen cannot beat {@code rival} (the strict pass's text, or null): the box's prose
         * decides that before it is cleaned and rendered, and most lenient passes stop there.
         */
        MainText run(boolean strict, MainText rival) {
            Pruner.prune(body, strict, contentHolders, removals);
            TextStats stats = new TextStats(elements);
            BlockSumSelector.Choice choice = BlockSumSelector.choose(body, stats);
            if (rival != null && !rival.beatableBy(choice.prose())) {
                return null;
            }
            ContentCleaner.clean(choice.box(), stats, title, removals);
            if (guide != null) {
                guide.prune(choice.box(), removals);
            }
            TrailingSections.cut(choice.box(), stats, authors, removals);
            return new MainText(TextRenderer.render(choice.box(), stats.of(choice.box()).chars), choice.prose());
        }

        void undo() {
            removals.restore();
            removals = new Removals();
        }
    }

    /** The text one pass found, and the prose weight of the box it came from. */
    record MainText(String text, double prose) {
        /**
         * Whether a text whose box holds {@code otherProse} can be {@link #betterThan} this one: always when this is
         * too short, else only with much more prose.
         */
        boolean beatableBy(double otherProse) {
            return text.length() < RETRY_BELOW_CHARS || otherProse >= LENIENT_PROSE_FACTOR * prose;
        }

        /** Longer when the other is too short to be an article; else much more prose. */
        boolean betterThan(MainText other) {
            if (other.text.length() < RETRY_BELOW_CHARS) {
                return text.length() > other.text.length();
            }
            return prose >= LENIENT_PROSE_FACTOR * other.prose;
        }
    }
}
