package io.newsflow.processing.clean.html;

import io.newsflow.processing.clean.dom.TreeWalk;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Writes an element's text as the body format: each block (paragraph, heading, list item, quote, table row) a
 * paragraph of its own, separated by a blank line; {@code <br>} a line break; white space collapsed except in
 * {@code <pre>}. Iterative, so any depth is safe.
 */
final class TextRenderer implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "ul",
            "ol", "dl", "dt", "dd", "li", "table", "tr", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
            "figure", "figcaption", "address", "hr", "form", "fieldset", "details", "summary", "center", "caption",
            "tbody", "thead", "tfoot");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final StringBuilder out;
    private boolean pendingBlock;
    private boolean pendingSpace;
    private int preDepth;

    private TextRenderer(int expectedChars) {
        out = new StringBuilder(expectedChars);
    }

    static String render(Element root) {
        return render(root, 16);
    }

    /** Renders {@code root}, whose text is about {@code expectedChars} long (the buffer is sized once). */
    static String render(Element root, int expectedChars) {
        TextRenderer renderer = new TextRenderer(Math.max(16, expectedChars + expectedChars / 8));
        TreeWalk.traverse(renderer, root);
        return renderer.out.toString().strip();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText());
        } else if (node instanceof Element e) {
            open(e);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (BLOCKS.contains(tag)) {
                pendingBlock = true;
            } else if (CELLS.contains(tag)) {
                pendingSpace = true;
            }
            if (tag.equals("pre")) {
                preDepth--;
            }
        }
    }

    private void open(Element e) {
        String tag = e.normalName();
        if (BLOCKS.contains(tag)) {
            pendingBlock = true;
        }
        if (tag.equals("pre")) {
            preDepth++;
        } else if (tag.equals("br")) {
            lineBreak();
        } else if (tag.equals("img")) {
            pendingSpace = pendingSpace || out.length() > 0;
        }
    }

    private void lineBreak() {
        if (out.length() > 0 && !pendingBlock) {
            trimSpace();
            out.append('\n');
            pendingSpace = false;
        }
    }

    private void appendText(String text) {
        if (preDepth > 0) {
            startBlockIfPending(text);
            out.append(text);
            return;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (TextStats.isSpace(text.charAt(i))) {
                pendingSpace = out.length() > 0;
                i++;
                continue;
            }
            int end = wordsEnd(text, i + 1);
            startBlockIfPending(text);
            if (pendingSpace && !atLineStart()) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(text, i, end);
            i = end;
        }
    }

    /**
     * The end of the run of words from {@code from} whose gaps are single plain spaces: such a run is written as it
     * stands, in one copy, since collapsing its white space would change nothing.
     */
    private static int wordsEnd(String text, int from) {
        int n = text.length();
        int end = from;
        while (true) {
            while (end < n && !TextStats.isSpace(text.charAt(end))) {
                end++;
            }
            if (end + 1 < n && text.charAt(end) == ' ' && !TextStats.isSpace(text.charAt(end + 1))) {
                end++;
            } else {
                return end;
            }
        }
    }

    private void startBlockIfPending(String text) {
        if (pendingBlock && !text.isBlank()) {
            if (out.length() > 0) {
                trimSpace();
                while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                    out.setLength(out.length() - 1);
                }
                out.append("\n\n");
            }
            pendingBlock = false;
            pendingSpace = false;
        }
    }

    private boolean atLineStart() {
        return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    private void trimSpace() {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
