package io.newsflow.processing.clean.html;

import io.newsflow.processing.clean.dom.TreeWalk;
import io.newsflow.processing.clean.lexicon.CallToAction;
import io.newsflow.processing.clean.lexicon.PageFurniture;
import io.newsflow.processing.clean.lexicon.SectionLabels;
import io.newsflow.processing.clean.lexicon.Tokens;
import io.newsflow.processing.clean.meta.Bylines;
import io.newsflow.processing.clean.meta.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Second pass, inside the chosen container: removes the blocks that sit among the paragraphs but are not the
 * article. After Readability's conditional cleaning: a list, table or box goes when its class says chrome, when
 * most of its text is links (related stories, tag lists), or when it holds more images, list items or inputs
 * than prose. Also removed: the headline (the title is a field of its own), captions, and short calls to action.
 */
final class ContentCleaner {
    private static final Set<String> CONDITIONAL = Set.of("ul", "ol", "dl", "div", "section", "table", "form",
            "header", "figure", "aside", "details");
    private static final Set<String> SHORT_BLOCKS = Set.of("p", "li", "div", "span", "h2", "h3", "h4", "h5", "h6",
            "strong", "em", "b");
    private static final Set<String> INLINE = Set.of("span", "strong", "em", "b");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final int MANY_COMMAS = 10;
    private static final int MAX_BYLINE_CHARS = 100;
    private static final double TOC_LINK_DENSITY = 0.6;
    private static final int TOC_MIN_LINKS = 3;
    private static final double TOC_IN_PAGE_SHARE = 0.8;
    private static final int TOC_LABEL_WORDS = 4;
    private static final int TOC_LABEL_CHARS = 40;
    private static final Set<String> LABELS = Set.of("h2", "h3", "h4", "h5", "h6", "p", "div", "strong", "summary");
    private static final int DATELINE_MAX_WORDS = 8;
    private static final int RIGHTS_MAX_WORDS = 30;
    /** A box with more than this share of the content's text is the content, whatever its class says. */
    private static final double MOST_OF_ROOT = 0.5;

    private final TextStats stats;
    private final String title;
    private final int rootChars;
    private Element contentRoot;
    /** The host of the page's address ({@link LinkHosts}), or null when it has none. */
    private String pageHost;
    private final java.util.Map<String, Integer> weights = new java.util.HashMap<>();

    private ContentCleaner(TextStats stats, String title, int rootChars) {
        this.stats = stats;
        this.rootChars = rootChars;
        this.title = title == null ? "" : normalizedKey(title);
    }

    /**
     * Cleans {@code root}, the article's box, in both the strict and the lenient pass: the chrome name that made a
     * box look unlikely says nothing of the share bars and link lists inside the one chosen.
     */
    static void clean(Element root, TextStats stats, String title) {
        clean(root, stats, title, new Removals());
    }

    /** Cleans {@code root} like {@link #clean(Element, TextStats, String)}, recording each removal. */
    static void clean(Element root, TextStats stats, String title, Removals removals) {
        new ContentCleaner(stats, title, stats.of(root).chars).run(root, removals);
    }

    /** Decides on each element in document order, stepping over the inside of those it removes. */
    private void run(Element root, Removals removals) {
        contentRoot = root;
        pageHost = root.ownerDocument() == null ? null : LinkHosts.of(root.ownerDocument().location());
        List<Element> doomed = new ArrayList<>();
        TreeWalk.filter((node, depth) -> {
            if (!(node instanceof Element e) || e == root || !removes(e)) {
                return NodeFilter.FilterResult.CONTINUE;
            }
            doomed.add(e);
            Element label = tocLabel(e);
            if (label != null && label.parent() != null) {
                label.attr(DOOMED_MARK, "");
                doomed.add(label);
            }
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }, root);
        for (Element e : doomed) {
            e.removeAttr(DOOMED_MARK);
            removals.remove(e);
        }
    }

    private static final String DOOMED_MARK = "data-newsflow-doomed";

    private boolean removes(Element e) {
        boolean remove = decide(e);
        if (remove) {
            e.attr(DOOMED_MARK, "");
        }
        return remove;
    }

    private boolean decide(Element e) {
        String tag = e.normalName();
        if (tag.equals("figcaption") || tag.equals("h1") && isTitle(e) || isByline(e) || isTableOfContents(e)) {
            return true;
        }
        if (CONDITIONAL.contains(tag) && (isChromeBox(e) || TeaserGrids.isGrid(e, stats) || isTestimonialGrid(e))) {
            return true;
        }
        return SHORT_BLOCKS.contains(tag) && isShortChrome(e);
    }

    /** Testimonial cards after the article's end ({@link TestimonialGrids}); amid its prose they may be its quotes. */
    private boolean isTestimonialGrid(Element e) {
        return TestimonialGrids.isGrid(e, stats) && !hasProseAfter(e);
    }

    private boolean isTitle(Element h1) {
        return title.isEmpty() || normalizedKey(h1.text()).equals(title);
    }

    /**
     * Readability's conditional cleaning, on the precomputed text measures. A box whose names only count against it
     * through a page builder's generic words ({@code widget}, {@code media}, {@code meta}: not {@link
     * Hints#isStrongNegative}) is judged like an unnamed box while the article's prose follows it: amid the article
     * it is one of its sections (a list of pros and cons, a product's specifications, an accordion pane). After the
     * article's last paragraph it goes, unless it is prose continuing boxes like it or a table of data.
     */
    private boolean isChromeBox(Element e) {
        TextStats.Counts c = stats.of(e);
        if (c.chars > rootChars * MOST_OF_ROOT && c.linkDensity() < 0.5) {
            return false;
        }
        int weight = classWeight(e);
        if (isSublist(e)) {
            return weight < 0 && Hints.isStrongNegative(e);
        }
        if (weight < 0) {
            if (Hints.isStrongNegative(e)) {
                return true;
            }
            if (!hasProseAfter(e)) {
                return !(isProseRich(c) && continuesKeptSibling(e) || isDataTableBox(c));
            }
            weight = 0;
        }
        if (isListAmidProse(e) || isAnnouncedListAmidArticle(e) || isDescribedList(e) || isDataTableBox(c)) {
            return false;
        }
        if (c.commas >= MANY_COMMAS || isProseSection(c)) {
            return false;
        }
        if (isFragmentBox(e, c)) {
            return true;
        }
        double linkDensity = c.linkDensity();
        int paragraphs = c.paragraphs;
        int images = c.images;
        int items = c.items - 100;
        boolean list = e.nameIs("ul") || e.nameIs("ol") || e.nameIs("dl");
        if (!list && paragraphs == 0 && c.chars == 0) {
            return images == 0 || images > 2;
        }
        if (images > 1 && paragraphs / (double) images < 0.5 && !e.nameIs("figure")) {
            return true;
        }
        if (!list && items > paragraphs) {
            return true;
        }
        if (c.chars < MIN_BOX_CHARS && images == 0 && !list) {
            return linkDensity > 0.3;
        }
        if (weight < 25 && linkDensity > (list ? LIST_LINK_DENSITY : 0.3) && c.chars < 1000) {
            return !(isProseRich(c) && c.paragraphs >= 3) && !citesOtherSites(e);
        }
        return weight >= 25 && linkDensity > 0.5 && !citesOtherSites(e);
    }

    /** A box of citations has at least this many links... */
    private static final int CITATION_MIN_LINKS = 3;
    /** ...this share of them to other sites... */
    private static final double CITATION_EXTERNAL_SHARE = 0.8;
    /** ...and this many words per link, on average: titles, not names of sites, bare addresses or "Facebook". */
    private static final int CITATION_WORDS_PER_LINK = 4;

    /**
     * A box of links nearly all to other sites, each a title ("backend: fix the size of long double", a book's full
     * name, a webcam's page): the patches, books or sources the article cites, however little else it says. The
     * site's own recirculation (related stories, menus, tag lists) links within the site, and a share bar or a row
     * of profiles names its targets in a word. Needs the page's address: without it no link is known to leave.
     */
    private boolean citesOtherSites(Element e) {
        if (pageHost == null) {
            return false;
        }
        int links = 0;
        int external = 0;
        int words = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            if (href.isEmpty()) {
                continue;
            }
            links++;
            String host = LinkHosts.of(href);
            external += host != null && !host.isEmpty() && !LinkHosts.sameSite(host, pageHost) ? 1 : 0;
            words += spacedWords(a.text());
        }
        return links >= CITATION_MIN_LINKS && external >= CITATION_EXTERNAL_SHARE * links
                && words >= CITATION_WORDS_PER_LINK * links;
    }

    /**
     * A box of labels and values (a stock quote's "Current Price" / "$259.06", a product's spec card): enough text to
     * be a section, yet not one block of it prose, and nearly all of it in short fragments. A table of data or a list
     * is judged by its own rules.
     */
    private static boolean isFragmentBox(Element e, TextStats.Counts c) {
        return c.chars >= FRAGMENT_BOX_CHARS && c.prose == 0 && c.firstTable == null && c.items == 0
                && !e.nameIs("dl") && c.chrome >= FRAGMENT_BOX_SHARE * BlockSumSelector.FRAGMENT_PENALTY * c.chars;
    }

    static final int FRAGMENT_BOX_CHARS = 150;
    private static final double FRAGMENT_BOX_SHARE = 0.8;

    /**
     * A box whose text is mostly prose, and enough of it to be a section, is the article's even when a generic class
     * name counts against it ({@code product-widget}, {@code media-block}): chrome is links and fragments.
     */
    private static boolean isProseRich(TextStats.Counts c) {
        return c.prose >= PROSE_RICH_CHARS && c.prose >= PROSE_RICH_SHARE * c.chars;
    }

    static final int PROSE_RICH_CHARS = 100;
    /**
     * A short list goes for its links only when they are most of its text. Readability's 0.3 suits boxes, where a
     * third of links is a teaser; a list of items that each link their subject and say something of it ("Fluke 117
     * – a meter that...", a supply list with shop links) is the article's.
     */
    private static final double LIST_LINK_DENSITY = 0.7;
    /** A box with this much prose, most of its text, is a section of the article whatever its images and items. */
    static final int PROSE_SECTION_CHARS = 400;
    private static final int DATA_TABLE_MIN_CHARS = 200;
    private static final double DATA_TABLE_MAX_LINK_DENSITY = 0.2;

    private static boolean isProseSection(TextStats.Counts c) {
        return c.prose >= PROSE_SECTION_CHARS && c.prose >= PROSE_RICH_SHARE * c.chars;
    }

    /**
     * A box around a table of data (a training plan, a price list): no prose, yet the article's. Its generic class
     * name ({@code overflow-x-scroll}) does not make it chrome; link tables (navigation, indexes) are not data.
     */
    private boolean isDataTableBox(TextStats.Counts c) {
        if (c.chars < DATA_TABLE_MIN_CHARS) {
            return false;
        }
        Element table = c.firstTable;
        return table != null && (c.linkDensity() < DATA_TABLE_MAX_LINK_DENSITY
                || stats.of(table).chars >= DATA_TABLE_SHARE * c.chars && DataTables.isLinkedData(table, stats));
    }

    /** A box around a table of linked data is the table's when the table holds this share of its text. */
    private static final double DATA_TABLE_SHARE = 0.8;
    /** How many following boxes {@link #hasProseAfter} looks at, at most. */
    private static final int PROSE_AFTER_LOOKS = 40;

    /**
     * Whether article prose follows the box inside the content: a section amid the article, not a box after its end
     * (a disclaimer, a site's FAQ, an "about us" blurb).
     */
    private boolean hasProseAfter(Element e) {
        int looks = 0;
        for (Element a = e; a != null && a != contentRoot; a = a.parent()) {
            for (Element next = a.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (++looks > PROSE_AFTER_LOOKS) {
                    return false;
                }
                if (stats.of(next).prose >= PROSE_RICH_CHARS && !next.hasAttr(DOOMED_MARK)) {
                    return true;
                }
            }
        }
        return false;
    }
    static final double PROSE_RICH_SHARE = 0.6;
    /** How many boxes before it {@link #continuesKeptSibling} looks at, at most. */
    private static final int SIBLING_LOOKS = 3;

    /**
     * Whether one of the few boxes just before this one (or before a wrapper that holds just its text) has the same
     * class and was kept as prose: the article is built of like boxes (a page builder's widgets, one per section or
     * product), and the last of them is as much the article as the others, though no prose follows it. A disclaimer
     * or an "about us" blurb after the article is a box of its own kind.
     */
    private boolean continuesKeptSibling(Element e) {
        int chars = stats.of(e).chars;
        for (Element a = e; a != null && a != contentRoot && stats.of(a).chars == chars; a = a.parent()) {
            if (followsKeptLikeBox(a)) {
                return true;
            }
        }
        return false;
    }

    private boolean followsKeptLikeBox(Element e) {
        String cls = Attrs.className(e);
        if (cls.isEmpty()) {
            return false;
        }
        Element prev = e.previousElementSibling();
        for (int i = 0; i < SIBLING_LOOKS && prev != null; i++, prev = prev.previousElementSibling()) {
            if (!prev.hasAttr(DOOMED_MARK) && cls.equals(Attrs.className(prev)) && isProseRich(stats.of(prev))) {
                return true;
            }
        }
        return false;
    }

    private static final int MIN_BOX_CHARS = 25;
    private static final int PROSE_NEIGHBOUR_CHARS = 50;
    private static final int ITEM_MIN_WORDS = 4;

    /**
     * A list of sentence-long items between two paragraphs of prose (or after a paragraph that announces it): the
     * article's own list (sources, changes,
     * steps), even when every item is a link. Related-story lists follow the article instead of sitting inside it.
     * Wrappers that only hold one block ({@code <div class="ulist"><ul>}, {@code <div class="paragraph"><p>}) are
     * looked through, around and inside the list and its neighbours.
     */
    private boolean isListAmidProse(Element e) {
        Element list = soleBlock(e);
        if (!(list.nameIs("ul") || list.nameIs("ol"))) {
            return false;
        }
        Element box = outermostWrapper(e);
        Element before = soleBlock(box.previousElementSibling());
        if (!(isProse(before) || introducesList(before)) || !isProse(soleBlock(box.nextElementSibling()))) {
            return false;
        }
        int items = 0;
        int words = 0;
        for (Element li : list.children()) {
            if (li.nameIs("li")) {
                items++;
                words += Tokens.of(li.text()).size();
            }
        }
        return items > 0 && words >= ITEM_MIN_WORDS * items;
    }

    /**
     * A list inside an item of a list that was kept ("In progress:" and the bugs under it): a part of that item,
     * judged with its list as a whole, however many of its lines are links.
     */
    private static boolean isSublist(Element e) {
        Element parent = e.parent();
        return (e.nameIs("ul") || e.nameIs("ol")) && parent != null && parent.nameIs("li");
    }

    /** How many wrappers {@link #soleBlock} looks through, at most. */
    private static final int WRAPPER_LOOKS = 3;

    /**
     * The block a wrapper is only there to hold ({@code <div class="paragraph"><p>...</p></div>}): its one child
     * element with all its text, and so on down a few levels; the element itself when it is no such wrapper.
     */
    private Element soleBlock(Element e) {
        Element block = e;
        for (int i = 0; i < WRAPPER_LOOKS && block != null; i++) {
            Element child = onlyChildElement(block);
            if (child == null || stats.of(child).chars != stats.of(block).chars) {
                break;
            }
            block = child;
        }
        return block;
    }

    /**
     * The one child element of {@code e}, or null when it has none or more: found without building the list of its
     * children that {@code childrenSize} builds, for boxes most of which are no wrappers.
     */
    private static Element onlyChildElement(Element e) {
        Element only = null;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child) {
                if (only != null) {
                    return null;
                }
                only = child;
            }
        }
        return only;
    }

    /** The outermost of the few wrappers around {@code e} that hold nothing but its text ({@code e} itself if none). */
    private Element outermostWrapper(Element e) {
        Element box = e;
        int chars = stats.of(e).chars;
        for (int i = 0; i < WRAPPER_LOOKS; i++) {
            Element parent = box.parent();
            if (parent == null || parent == contentRoot || stats.of(parent).chars != chars) {
                break;
            }
            box = parent;
        }
        return box;
    }

    /** Runs of characters between white space: a bare address is one word, a title is several. */
    private static int spacedWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = TextStats.isSpace(text.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }

    /** A list needs this many items to be judged by them. */
    private static final int DESCRIBED_MIN_ITEMS = 2;
    /** An item says something of its own when this much of its text is outside its links. */
    private static final int ITEM_OWN_CHARS = 15;

    /**
     * A list whose items mostly say something beside their links ("Official website: …", "Tent poles (or trekking
     * poles)", a product and what it is for): the article's own list. A list of related stories, tags or a menu is
     * links and nothing else.
     */
    private boolean isDescribedList(Element e) {
        if (!(e.nameIs("ul") || e.nameIs("ol"))) {
            return false;
        }
        int items = 0;
        int described = 0;
        for (Element li : e.children()) {
            if (li.nameIs("li")) {
                items++;
                TextStats.Counts c = stats.of(li);
                described += c.chars - c.linkChars >= ITEM_OWN_CHARS ? 1 : 0;
            }
        }
        return items >= DESCRIBED_MIN_ITEMS && 2 * described >= items;
    }

    /**
     * A list announced by the line before it ("Our picks:", "Useful resources:") with the article's prose still to
     * come: the article's own pointers amid its sections, however short its items (product names). The same list
     * after the article's last paragraph is a related-reading box, and goes.
     */
    private boolean isAnnouncedListAmidArticle(Element e) {
        Element before = e.previousElementSibling();
        return (e.nameIs("ul") || e.nameIs("ol")) && before != null && ANNOUNCERS.contains(before.normalName())
                && stats.of(before).chars <= ANNOUNCER_MAX_CHARS && before.text().strip().endsWith(":") && e.selectFirst(LIST_ITEM) != null && hasProseAfter(e);
    }

    private static final Evaluator LIST_ITEM = QueryParser.parse("li");
    /** A line that announces a list is a label or a paragraph, not a section. */
    private static final int ANNOUNCER_MAX_CHARS = 400;
    private static final Set<String> ANNOUNCERS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "div", "strong");

    /** A paragraph that announces what follows ("Many patches were sent for review:"). */
    private static boolean introducesList(Element e) {
        return e != null && e.nameIs("p") && e.text().strip().endsWith(":");
    }

    private boolean isProse(Element e) {
        if (e == null || !(e.nameIs("p") || e.nameIs("blockquote"))) {
            return false;
        }
        TextStats.Counts c = stats.of(e);
        return c.chars >= PROSE_NEIGHBOUR_CHARS && c.linkDensity() < 0.5;
    }

    /** A short block that is all link ("Read more: …") or a call to action ("Sign up for our newsletter"). */
    private boolean isShortChrome(Element e) {
        TextStats.Counts c = stats.of(e);
        if (c.chars == 0 || c.chars > 200 || isPartOfALine(e, c) || hasBlockChild(e) || isItemOfAList(e)
                || isWholeOfAnItem(e, c)) {
            return false;
        }
        if (c.linkDensity() > 0.8 && !e.nameIs("li")) {
            return !isLinkedHeading(lineOf(e, c.chars));
        }
        String text = e.text();
        String first = Tokens.first(text);
        boolean digit = hasDigit(text);
        boolean credit = PageFurniture.mayBeCredit(text);
        if (!CallToAction.isVerb(first) && !SectionLabels.isAdWord(first) && !digit && !credit && !mayBeRights(text)) {
            return false;
        }
        List<String> tokens = Tokens.of(text);
        return CallToAction.is(text, tokens) && !introducesNext(e, text) || isDateline(text, tokens) || SectionLabels.isAdLabel(tokens)
                || isRightsNotice(text, tokens) || credit && PageFurniture.isCreditLine(text, tokens)
                || digit && PageFurniture.isReadingTime(tokens);
    }

    /**
     * An item beside other items of its list: the list is judged as a whole ({@link #isChromeBox}), and an item that
     * reads as a call to action or a date ("Check out our full review", "Download: 62 Mbps") is a step or an entry of
     * it. A lone item is judged as a line.
     */
    private static boolean isItemOfAList(Element e) {
        if (!e.nameIs("li")) {
            return false;
        }
        Element next = e.nextElementSibling();
        Element previous = e.previousElementSibling();
        return next != null && next.nameIs("li") || previous != null && previous.nameIs("li");
    }

    /**
     * A block that is all the text of an item beside other items of its list ({@code <li><h2><a>Fluke 117</a></h2>}):
     * the item's line, judged with its list as a whole like the item itself ({@link #isItemOfAList}).
     */
    private boolean isWholeOfAnItem(Element e, TextStats.Counts c) {
        for (Element p = e.parent(); p != null && p != contentRoot && stats.of(p).chars == c.chars; p = p.parent()) {
            if (p.nameIs("li")) {
                return isItemOfAList(p);
            }
        }
        return false;
    }

    /**
     * A heading that links its subject (a place, a product, a tool) and opens a paragraph of prose: a section of the
     * article, whose heading is a link only because the subject has a page. So is a paragraph of links that reads as
     * a title (a deal's headline over the paragraph that tells it). A link heading over a list of links or over
     * nothing is a teaser's.
     */
    private boolean isLinkedHeading(Element e) {
        return (HEADINGS.contains(e.normalName()) || e.nameIs("p") && readsAsATitle(e))
                && opensProse(e);
    }

    /**
     * The block an inline element is all the text of ({@code <h3><a><strong>Coffee in Europe</strong></a></h3>}): the
     * line is judged as a whole, not the emphasis inside its link. The element itself when it is a block or part of a
     * longer line.
     */
    private Element lineOf(Element e, int chars) {
        Element line = e;
        while (!BlockSumSelector.BLOCKS.contains(line.normalName())) {
            Element parent = line.parent();
            if (parent == null || parent == contentRoot || stats.of(parent).chars != chars) {
                return e;
            }
            line = parent;
        }
        return line;
    }

    /** How many short labels between a heading and its prose {@link #opensProse} steps over, at most. */
    private static final int HEADING_LABEL_SKIPS = 3;
    /** A label under a heading ("Rated: Good", "Total Reviews: 628") is shorter than this. */
    private static final int HEADING_LABEL_CHARS = 80;

    /**
     * Whether prose follows a heading, after at most a few short labels or images (a rating, a count, a photo): in a
     * paragraph, or in the box that holds the section's paragraphs (its body, its sub-sections).
     */
    private boolean opensProse(Element heading) {
        Element next = heading.nextElementSibling();
        for (int i = 0; i < HEADING_LABEL_SKIPS && next != null && isLabelUnderHeading(next); i++) {
            next = next.nextElementSibling();
        }
        if (next == null || HEADINGS.contains(next.normalName())) {
            return false;
        }
        TextStats.Counts c = stats.of(next);
        return isProse(next) || c.prose >= PROSE_NEIGHBOUR_CHARS && c.linkDensity() < 0.5;
    }

    private boolean isLabelUnderHeading(Element e) {
        TextStats.Counts c = stats.of(e);
        return c.chars < HEADING_LABEL_CHARS && c.linkDensity() < 0.5 && c.prose == 0
                && !HEADINGS.contains(e.normalName());
    }

    /**
     * A line of links that reads as the title of what follows ("NSO to be acquired by US investors"), not as a pointer
     * ("Also read: ...", "[Read: ...]") or a call to action ("Get the five-day course"). A title with a colon ("Nature
     * Drawing: A Tool For Learning") is one when its links lead to other sites: a book or a paper the article goes on
     * to describe. A pointer of that shape leads to the site's own pages.
     */
    private boolean readsAsATitle(Element line) {
        String text = line.text();
        return !CallToAction.isVerb(Tokens.first(text)) && (text.indexOf(':') < 0 || linksLeaveTheSite(line));
    }

    /** Whether {@code e} has links and all of them lead to other sites than the page's. False without its address. */
    private boolean linksLeaveTheSite(Element e) {
        if (pageHost == null) {
            return false;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            String host = LinkHosts.of(a.attr("href"));
            if (host == null || host.isEmpty() || LinkHosts.sameSite(host, pageHost)) {
                return false;
            }
            links++;
        }
        return links > 0;
    }

    /**
     * A line that ends in a colon with a block after it ("Follow the 3-2-1 rule for backups:", "See our list of movers
     * in the city:"): it introduces the list, table or video that follows, whatever verb it opens with.
     */
    private static boolean introducesNext(Element e, String text) {
        return text.strip().endsWith(":") && e.nextElementSibling() != null;
    }

    /** A wrapper of blocks: its blocks are judged one by one, so its whole text need not be. */
    private static boolean hasBlockChild(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child && BlockSumSelector.BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An inline element with text around it ({@code <strong>} in a sentence), also when it sits inside a link or
     * another inline element that holds nothing else ({@code <a><strong>coffee</strong></a>}): a part of a line,
     * not a line.
     */
    private boolean isPartOfALine(Element e, TextStats.Counts c) {
        if (!INLINE.contains(e.normalName())) {
            return false;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (stats.of(p).chars > c.chars) {
                return true;
            }
            if (BlockSumSelector.BLOCKS.contains(p.normalName())) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@link Hints#classWeight}, as the sum of its class's and its id's weights, each worked out once per string of
     * the page: looked up by the attribute's own string, with no key built for each element asked about.
     */
    private int classWeight(Element e) {
        return nameWeight(Attrs.className(e)) + nameWeight(Attrs.id(e));
    }

    private int nameWeight(String name) {
        return name.isEmpty() ? 0 : weights.computeIfAbsent(name, Hints::nameWeight);
    }

    /** A cheap test that rules out most lines before {@link #isRightsNotice}. */
    private static boolean mayBeRights(String text) {
        return text.indexOf('\u00A9') >= 0 || text.indexOf("eserved") >= 0 || text.indexOf("ESERVED") >= 0;
    }

    /** A short copyright line ("© 2024 Example Media. All rights reserved."): the site's, not the article's. */
    private static boolean isRightsNotice(String text, List<String> tokens) {
        if (tokens.size() > RIGHTS_MAX_WORDS) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("all rights reserved") || text.indexOf('\u00A9') >= 0 && lower.contains("copyright");
    }

    /** A list whose links nearly all jump within the page: the article's table of contents, not its text. */
    private boolean isTableOfContents(Element e) {
        TextStats.Counts c = stats.of(e);
        if (c.chars < rootChars * MOST_OF_ROOT && mayNameToc(e) && Hints.isTocName(Hints.classAndId(e))
                && (c.linkDensity() >= TOC_LINK_DENSITY || c.chars <= TOC_LABEL_CHARS)) {
            return true;
        }
        if (!(e.nameIs("ul") || e.nameIs("ol")) || c.linkDensity() < TOC_LINK_DENSITY) {
            return false;
        }
        int links = 0;
        int inPage = 0;
        for (Element a : e.getElementsByTag("a")) {
            links++;
            if (a.attr("href").startsWith("#")) {
                inPage++;
            }
        }
        return links >= TOC_MIN_LINKS && inPage >= TOC_IN_PAGE_SHARE * links;
    }

    /** A cheap test that rules out most elements before {@link Hints#isTocName}: no "toc" in any case. */
    private static boolean mayNameToc(Element e) {
        return mayNameToc(Attrs.className(e)) || mayNameToc(Attrs.id(e));
    }

    /**
     * Whether {@code name} holds "toc" or "table-of-content" in any case, in one scan: both start with a "t", and most
     * names have few, if any, so the rest is compared only there.
     */
    private static boolean mayNameToc(String name) {
        for (int i = 0; i + TOC.length() <= name.length(); i++) {
            char c = name.charAt(i);
            if ((c == 't' || c == 'T') && (name.regionMatches(true, i, TOC, 0, TOC.length())
                    || name.regionMatches(true, i, TABLE_OF_CONTENT, 0, TABLE_OF_CONTENT.length()))) {
                return true;
            }
        }
        return false;
    }

    private static final String TOC = "toc";
    private static final String TABLE_OF_CONTENT = "table-of-content";

    /** The short heading just before a removed table of contents ("Contents", "In this article"), or null. */
    private Element tocLabel(Element removed) {
        if (!(removed.nameIs("ul") || removed.nameIs("ol")) || !isTableOfContents(removed)) {
            return null;
        }
        Element before = removed.previousElementSibling();
        if (before == null || before.hasAttr(DOOMED_MARK) || !LABELS.contains(before.normalName())) {
            return null;
        }
        List<String> words = Tokens.of(before.text());
        return !words.isEmpty() && words.size() <= TOC_LABEL_WORDS ? before : null;
    }

    /** A short block that only names the authors ("By Jane Doe"): they are a field of their own. */
    private boolean isByline(Element e) {
        return SHORT_BLOCKS.contains(e.normalName()) && stats.of(e).chars <= MAX_BYLINE_CHARS
                && e.firstChild() instanceof TextNode first && Bylines.opensByline(first.getWholeText())
                && Bylines.isByline(e.text());
    }

    /** A short block that is mostly a date ("Updated May 6, 2025"): byline furniture, not article text. */
    private static boolean isDateline(String text, List<String> tokens) {
        return tokens.size() <= DATELINE_MAX_WORDS && hasDigit(text) && Dates.parseText(text).isPresent();
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static String normalizedKey(String s) {
        return NOT_LETTERS_OR_DIGITS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Compiled once: {@code String.replaceAll} compiles its pattern on each call. */
    private static final java.util.regex.Pattern NOT_LETTERS_OR_DIGITS = java.util.regex.Pattern.compile(
            "[^\\p{L}\\p{N}]+");
}
