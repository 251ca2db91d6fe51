package io.newsflow.processing.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * First pass over the page: removes what is never article text, in one iterative walk. Code and media
 * (scripts, styles, frames, SVG), form controls, landmark chrome ({@code nav}, {@code aside}, {@code footer},
 * navigation roles, dialogs), hidden elements, and elements whose class or id names chrome (menus, share bars,
 * cookie banners, comments) unless they name content too or hold the page's {@code article}/{@code main}.
 */
final class Pruner implements NodeFilter {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
            "svg", "canvas", "object", "embed", "input", "button", "select", "textarea", "option", "link", "meta",
            "nav", "aside", "footer", "dialog", "menu", "audio", "video", "source", "track", "map", "area", "head");
    private static final Set<String> KEEP_ALWAYS = Set.of("html", "body", "main");
    private static final int FORM_MAX_PARAGRAPHS = 3;
    private static final int STREAMED_PARAGRAPH_CHARS = 80;
    private static final int STREAMED_MIN_PARAGRAPHS = 2;

    private final boolean stripUnlikely;
    private final Set<Element> contentHolders;
    private final Removals removals;
    private final List<Node> doomed = new ArrayList<>();
    /** Class/id strings repeat across a page: each is matched against the patterns once per page. */
    private final java.util.Map<String, Boolean> unlikelyNames = new java.util.HashMap<>();

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
        NodeTraversor.filter(pruner, root);
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
            doomed.add(node);
            return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
    }

    private boolean isUnlikely(Element e) {
        String names = Hints.classAndId(e);
        return !names.isEmpty() && unlikelyNames.computeIfAbsent(names, Hints::isUnlikelyName);
    }

    private boolean removes(Element e) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return true;
        }
        if (KEEP_ALWAYS.contains(tag)) {
            return false;
        }
        String names = Hints.classAndId(e);
        if (tag.equals("article")) {
            return Hints.isCommentBox(e, names);
        }
        if (Hints.hasChromeRole(e) || (Hints.isCommentBox(e, names) || Hints.isNeverContentName(names))
                && !holdsContent(e)) {
            return true;
        }
        if (!stripUnlikely) {
            return false;
        }
        if (Hints.isHidden(e)) {
            return "true".equalsIgnoreCase(e.attr("aria-hidden")) || isUnlikely(e) || !isStreamedContent(e);
        }
        if (tag.equals("form")) {
            return !holdsContent(e) && e.getElementsByTag("p").size() < FORM_MAX_PARAGRAPHS;
        }
        return isUnlikely(e) && !holdsContent(e);
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
        int paragraphs = 0;
        for (Element p : e.getElementsByTag("p")) {
            if (p.text().length() >= STREAMED_PARAGRAPH_CHARS && ++paragraphs >= STREAMED_MIN_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }
}
