package io.newsflow.processing.clean.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one iterative pass (no recursion, so any depth is
 * safe): visible characters (white-space runs count as one), characters inside links, and commas.
 */
final class TextStats {
    /** The measures of one element, its descendants included. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, linkChars / (double) chars);
        }
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats measure(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Counter(), root);
        return stats;
    }

    Counts of(Element e) {
        return counts.getOrDefault(e, NONE);
    }

    private final class Counter implements NodeVisitor {
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                addText(text);
            } else if (node instanceof Element e) {
                counts.put(e, new Counts());
                if (e.nameIs("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.nameIs("a")) {
                    linkDepth--;
                }
                Element parent = e.parent();
                if (parent != null && counts.containsKey(parent)) {
                    Counts own = counts.get(e);
                    Counts up = counts.get(parent);
                    up.chars += own.chars;
                    up.linkChars += own.linkChars;
                    up.commas += own.commas;
                }
            }
        }

        private void addText(TextNode text) {
            Node parent = text.parentNode();
            if (!(parent instanceof Element e) || !counts.containsKey(e)) {
                return;
            }
            Counts c = counts.get(e);
            String s = text.getWholeText();
            int visible = visibleChars(s);
            c.chars += visible;
            if (linkDepth > 0) {
                c.linkChars += visible;
            }
            c.commas += commas(s);
        }
    }

    static int visibleChars(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
            if (!ws) {
                n++;
            } else if (!space) {
                n++;
            }
            space = ws;
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
