package io.newsflow.processing.clean.html;

import io.newsflow.processing.clean.dom.TreeWalk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * First pass over the page: removes what is never article text, in one iterative walk. Code and media
 * (scripts, styles, frames, SVG), form controls and their labels, landmark chrome ({@code nav}, {@code aside} but an
 * essay of prose inside the article, {@code footer}, navigation roles, dialogs), hidden elements, and elements whose
 * class or id names chrome (menus, share bars, cookie banners, comments) unless they name content too or hold the
 * page's {@code article}/{@code main} (or are paragraphs of its text inside one).
 */
final class Pruner implements NodeFilter {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
            "svg", "canvas", "object", "embed", "input", "button", "select", "textarea", "option", "link", "meta",
            "nav", "aside", "footer", "dialog", "menu", "audio", "video", "source", "track", "map", "area", "head",
            "label", "legend");
    private static final Set<String> KEEP_ALWAYS = Set.of("html", "body", "main");
    private static final int STREAMED_PARAGRAPH_CHARS = 80;
    private static final int STREAMED_MIN_PARAGRAPHS = 2;
    private static final int ARTICLE_PROSE_PARAGRAPHS = 3;
    /** Outside an {@code article} or {@code main}, a box needs this many paragraphs (its own or a wrapper's). */
    private static final int BODY_PROSE_PARAGRAPHS = 5;
    private int insideAnchors;
    /** Whether the walk has passed a headline ({@code h1}) it kept. */
    private boolean afterHeadline;

    private final boolean stripUnlikely;
    private final Set<Element> contentHolders;
    private final Removals removals;
    private final List<Node> doomed = new ArrayList<>();
    private static final int UNLIKELY = Hints.UNLIKELY_NAME;
    private static final int NEVER_CONTENT = Hints.NEVER_CONTENT_NAME;
    private static final int COMMENT = Hints.COMMENT_NAME;
    /** Class/id strings repeat across a page: each is matched against the patterns once per page. */
    private final Map<String, Integer> nameFlags = new HashMap<>();

    private Pruner(boolean stripUnlikely, Set<Element> contentHolders, Removals removals) {
        this.stripUnlikely = stripUnlikely;
        this.contentHolders = contentHolders;
        this.removals = removals;
    }

    /**
     * Prunes {@code root}; {@code stripUnlikely} false keeps elements whose only fault is their class name or
     * that are hidden (server-rendered pages that stream content into hidden boxes for a script to move).
     */
    static void prune(Element root, boolean stripUnlikely) {
        prune(root, stripUnlikely, contentHolders(root.select("main, article, [itemprop=articleBody]"), root), new Removals());
    }

    /**
     * Prunes {@code root}, recording each removal in {@code removals}; {@code contentHolders} are the elements
     * that hold the page's article ({@link #contentHolders}).
     */
    static void prune(Element root, boolean stripUnlikely, Set<Element> contentHolders, Removals removals) {
        Pruner pruner = new Pruner(stripUnlikely, contentHolders, removals);
        TreeWalk.filter(pruner, root);
        pruner.doomed.forEach(removals::remove);
    }

    /**
     * The elements that hold the page's article, given its {@code main}, {@code article} and
     * {@code itemprop=articleBody} elements: a {@code main} or {@code articleBody} and its ancestors, and the
     * ancestors of an {@code article} not named a comment.
     */
    static Set<Element> contentHolders(List<Element> anchors, Element root) {
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element anchor : anchors) {
            if (anchor.nameIs("article") && Hints.isCommentBox(anchor, Hints.classAndId(anchor))) {
                continue;
            }
            Element from = anchor.nameIs("article") ? anchor.parent() : anchor;
            for (Element a = from; a != null && holders.add(a); a = a.parent()) {
                if (a == root) {
                    break;
                }
            }
        }
        return holders;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof Comment || node instanceof Element e && depth > 0 && removes(e)) {
            doomed.add(node instanceof Element form && form.nameIs("form") ? FormBoxes.boxOf(form, contentHolders)
                    : node);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (isAnchor(node)) {
            insideAnchors++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (isAnchor(node)) {
            insideAnchors--;
        } else if (node instanceof Element e && e.nameIs("h1")) {
            afterHeadline = true;
        }
        return FilterResult.CONTINUE;
    }

    private static boolean isAnchor(Node node) {
        return node instanceof Element e && (e.nameIs("article") || e.nameIs("main"));
    }

    /** What the element's class and id say ({@link #UNLIKELY}, {@link #NEVER_CONTENT}, {@link #COMMENT} bits). */
    private int nameFlags(Element e) {
        String cls = Attrs.className(e);
        String id = Attrs.id(e);
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        return nameFlags.computeIfAbsent(id.isEmpty() ? cls : cls + " " + id, Pruner::flagsOf);
    }

    private static int flagsOf(String rawNames) {
        return Hints.nameVerdicts(rawNames.toLowerCase(Locale.ROOT));
    }

    private boolean removes(Element e) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return !(tag.equals("aside") && isEssayInsideArticle(e));
        }
        if (KEEP_ALWAYS.contains(tag)) {
            return false;
        }
        int flags = nameFlags(e);
        boolean commentBox = (flags & COMMENT) != 0 && Hints.isCommentTag(e);
        if (tag.equals("article")) {
            return commentBox;
        }
        if (Hints.hasChromeRole(e) || (commentBox || (flags & NEVER_CONTENT) != 0) && !holdsContent(e)) {
            return true;
        }
        if (tag.equals("form")) {
            return !holdsContent(e) && !FormBoxes.wrapsProse(e);
        }
        if (!stripUnlikely) {
            return false;
        }
        if (Hints.isHidden(e)) {
            if ((flags & UNLIKELY) == 0 && isCollapsedPanel(e)) {
                return countParagraphs(e, 1) < 1;
            }
            return "true".equalsIgnoreCase(Attrs.get(e, "aria-hidden")) || (flags & UNLIKELY) != 0 || !isStreamedContent(e);
        }
        return (flags & UNLIKELY) != 0 && !holdsContent(e) && !isHeading(e) && !isWordsOfASentence(e)
                && !isParagraphsText(e) && !isSectionHeaderAfterHeadline(e) && !isProseInsideArticle(e);
    }

    /**
     * A box whose own children are paragraphs of prose is the article's text, whatever its class says
     * ({@code rich-text-newsletter}, {@code read-more}): chrome is a bar, a list of cards or a gallery, whose
     * paragraphs sit inside items. Inside the page's {@code article} or {@code main} three paragraphs are enough;
     * elsewhere it takes five, the box's own or those of a {@code div} it wraps.
     */
    private boolean isProseInsideArticle(Element e) {
        if (insideAnchors > 0) {
            return proseChildren(e, ARTICLE_PROSE_PARAGRAPHS) >= ARTICLE_PROSE_PARAGRAPHS;
        }
        int paragraphs = proseChildren(e, BODY_PROSE_PARAGRAPHS);
        for (int i = 0; i < e.childNodeSize() && paragraphs < BODY_PROSE_PARAGRAPHS; i++) {
            if (e.childNode(i) instanceof Element child && child.nameIs("div")) {
                paragraphs += proseChildren(child, BODY_PROSE_PARAGRAPHS - paragraphs);
            }
        }
        return paragraphs >= BODY_PROSE_PARAGRAPHS;
    }

    /**
     * An {@code aside} inside the page's {@code article} or {@code main} that holds three paragraphs of prose and few
     * links: a sidebar essay of the article ("A note on other devices"), not the site's rail of teasers, sign-up
     * boxes and author blurbs, which sit beside the article and are mostly links or one paragraph.
     */
    private boolean isEssayInsideArticle(Element e) {
        if (insideAnchors == 0 || countParagraphs(e, ARTICLE_PROSE_PARAGRAPHS) < ARTICLE_PROSE_PARAGRAPHS) {
            return false;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length();
        }
        return links < ESSAY_MAX_LINK_SHARE * e.text().length();
    }

    /** An aside kept as an essay has links in less than this share of its text. */
    private static final double ESSAY_MAX_LINK_SHARE = 0.2;

    /** The paragraphs of prose length among the children of {@code e}, counted up to {@code enough}. */
    private static int proseChildren(Element e, int enough) {
        int paragraphs = 0;
        for (int i = 0; i < e.childNodeSize() && paragraphs < enough; i++) {
            if (e.childNode(i) instanceof Element child && child.nameIs("p")
                    && child.text().length() >= STREAMED_PARAGRAPH_CHARS) {
                paragraphs++;
            }
        }
        return paragraphs;
    }

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /**
     * A sub-heading says what it is by its tag; its class names its style ({@code header-anchor-post},
     * {@code module-header}) or is a slug of its own words ({@code h-social-shopping}), not chrome. It is judged by
     * its text later, with the section it heads.
     */
    private static boolean isHeading(Element e) {
        return HEADINGS.contains(e.normalName());
    }

    /**
     * A box that only "header" in its names makes unlikely, after the page's headline, holding a paragraph of prose:
     * the header of a section, a card or an accordion pane inside the article ({@code listicle-header},
     * {@code pane-header-alignment-left}) with its intro. The site's header, the box that name is meant for, comes
     * before the headline; a header of labels ("Pros", "Specifications") still goes.
     */
    private boolean isSectionHeaderAfterHeadline(Element e) {
        if (!afterHeadline) {
            return false;
        }
        String names = Hints.classAndId(e);
        return names.contains("header") && !Hints.isUnlikelyName(names.replace("header", " "))
                && holdsAParagraph(e);
    }

    /**
     * Whether {@code e} holds a paragraph of prose: a {@code p} of prose length, or a box whose own text, outside its
     * child elements, is that long ({@code <div class="description">A hybrid blends a gas engine...</div>}).
     */
    private static boolean holdsAParagraph(Element e) {
        for (Element d : e.getAllElements()) {
            if (d.nameIs("p") ? d.text().length() >= STREAMED_PARAGRAPH_CHARS : ownTextIsProse(d)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text right inside {@code e}, not in its child elements, is of prose length. */
    private static boolean ownTextIsProse(Element e) {
        int chars = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t) {
                chars += TextStats.visibleChars(t.getWholeText());
            }
        }
        return chars >= STREAMED_PARAGRAPH_CHARS;
    }

    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "mark", "q", "cite");

    /**
     * Inline words with running text beside them in their line ({@code a recommendation-inline-link} in the middle
     * of a sentence): a part of the sentence, whatever the class names, and a sentence with a word cut out is
     * worse than one with a link in it.
     */
    private static boolean isWordsOfASentence(Element e) {
        Element parent = e.parent();
        if (!INLINE.contains(e.normalName()) || parent == null) {
            return false;
        }
        for (int i = 0; i < parent.childNodeSize(); i++) {
            if (parent.childNode(i) instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inline words that are a paragraph's whole text, of prose length ({@code <p><span class="contextmenu
     * Quotation">Bay laurel is a great evergreen...</span></p>}): the paragraph's sentence, whatever the span's class
     * names; the paragraph is judged by its own names and text.
     */
    private static boolean isParagraphsText(Element e) {
        Element parent = e.parent();
        if (!INLINE.contains(e.normalName()) || parent == null || !parent.nameIs("p")) {
            return false;
        }
        String text = e.text();
        return text.length() >= STREAMED_PARAGRAPH_CHARS && text.length() == parent.text().length();
    }

    /** Holds the page's article: a {@code main}, an {@code articleBody}, or an {@code article} not named a comment. */
    private boolean holdsContent(Element e) {
        return contentHolders.contains(e);
    }

    /**
     * A hidden box that holds paragraphs of prose: server-rendered pages stream the article into hidden boxes a
     * script moves into place, and collapsed accordion panels hold sections of it. Menus and dialogs that are
     * hidden hold links and short labels, not paragraphs. A box hidden from screen readers ({@code aria-hidden})
     * is never kept.
     */
    private static boolean isStreamedContent(Element e) {
        return countParagraphs(e, STREAMED_MIN_PARAGRAPHS) >= STREAMED_MIN_PARAGRAPHS;
    }

    /**
     * A collapsed panel of an accordion or a disclosure ("Frequently asked questions", a product's details): hidden,
     * even from screen readers, until its toggle just before it ({@code aria-expanded}) opens it. What it holds is
     * the page's text, there for the reader to open; a menu's panel holds links, not a paragraph of prose.
     */
    private static boolean isCollapsedPanel(Element e) {
        Element toggle = e.previousElementSibling();
        return toggle != null && (toggle.hasAttr("aria-expanded") || toggle.selectFirst(HAS_ARIA_EXPANDED) != null);
    }

    private static final Evaluator HAS_ARIA_EXPANDED = QueryParser.parse("[aria-expanded]");

    /** The paragraphs of prose length under {@code e}, counted up to {@code enough}. */
    private static int countParagraphs(Element e, int enough) {
        int paragraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= STREAMED_PARAGRAPH_CHARS && ++paragraphs >= enough) {
                break;
            }
        }
        return paragraphs;
    }
}
