package io.newsflow.processing.clean.html;

import io.newsflow.processing.clean.dom.TreeWalk;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The box around a form that is not the article: a sign-up, quote or contact form comes with a prompt ("Get our
 * daily email"), a consent line ("By signing up, you agree...") and the messages a script shows after sending
 * ("Thank you! Your submission has been received"), all in a small box of its own. The box is the highest
 * ancestor of the form whose text stays short; the page's {@code main}, {@code article} and the elements that hold
 * them are never one. Hand-written.
 */
final class FormBoxes {
    /** A box with more visible text than this holds more than a form and its few lines. */
    static final int MAX_BOX_CHARS = 600;
    /** A form's paragraph of at least this many characters is prose (a form that wraps an article). */
    static final int PROSE_PARAGRAPH_CHARS = 80;
    /** A form holding this many paragraphs of prose wraps the article (ASP.NET pages put the page in one form). */
    static final int ARTICLE_PARAGRAPHS = 3;
    private static final int MAX_LEVELS = 8;
    private static final Set<String> NEVER_A_BOX = Set.of("html", "body", "main", "article");

    private FormBoxes() {
    }

    /** Whether {@code form} wraps the article's text rather than a few fields: three or more paragraphs of prose. */
    static boolean wrapsProse(Element form) {
        int paragraphs = 0;
        for (Element p : form.getElementsByTag("p")) {
            if (p.text().length() >= PROSE_PARAGRAPH_CHARS && ++paragraphs >= ARTICLE_PARAGRAPHS) {
                return true;
            }
        }
        return false;
    }

    /** The box to remove for {@code form}: the form itself, or its highest short ancestor that holds no content. */
    static Element boxOf(Element form, Set<Element> contentHolders) {
        Element box = form;
        for (int level = 0; level < MAX_LEVELS; level++) {
            Element parent = box.parent();
            if (parent == null || NEVER_A_BOX.contains(parent.normalName()) || contentHolders.contains(parent)
                    || longerThan(parent, MAX_BOX_CHARS)) {
                break;
            }
            box = parent;
        }
        return box;
    }

    /** Whether the visible text under {@code e} is longer than {@code limit}; reads no further than that. */
    static boolean longerThan(Element e, int limit) {
        int[] chars = {0};
        TreeWalk.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    chars[0] += TextStats.visibleChars(t.getWholeText());
                    return chars[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return chars[0] > limit;
    }
}
