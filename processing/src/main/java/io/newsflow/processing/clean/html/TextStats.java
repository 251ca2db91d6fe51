package io.newsflow.processing.clean.html;

import io.newsflow.processing.clean.dom.TreeWalk;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one iterative pass (no recursion, so any depth is
 * safe): visible characters (white-space runs count as one), characters inside links, and commas. Filled by
 * its own walk ({@link #measure}) or by another walk over the same tree ({@link BlockSumSelector#choose}), so the
 * page's text is read once.
 */
final class TextStats {
    /** The measures of one element, its descendants included. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        /** {@code p}, {@code img} and {@code li} elements, the element itself included. */
        int paragraphs;
        int images;
        int items;
        /**
         * The first {@code table} in document order, the element itself included, or null: what
         * {@code selectFirst("table")} finds, without a search of the subtree for each box asked about.
         */
        Element firstTable;
        /** Prose and chrome weight of the element's text blocks ({@link BlockSumSelector}), when it measured them. */
        double prose;
        double chrome;

        double net() {
            return prose - chrome;
        }

        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, linkChars / (double) chars);
        }
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts;

    TextStats() {
        counts = new IdentityHashMap<>();
    }

    /**
     * Stats for a walk over about {@code expectedElements} elements: the table is sized once instead of doubled
     * a dozen times while the walk fills it.
     */
    TextStats(int expectedElements) {
        counts = new IdentityHashMap<>(expectedElements);
    }

    /** Measures every element under {@code root} in a walk of its own. */
    static TextStats measure(Element root) {
        TextStats stats = new TextStats();
        TreeWalk.traverse(stats.new Counter(), root);
        return stats;
    }

    Counts of(Element e) {
        return counts.getOrDefault(e, NONE);
    }

    /** Starts measuring {@code e}, for a walk that fills these stats (heads and tails in document order). */
    Counts open(Element e) {
        Counts c = new Counts();
        counts.put(e, c);
        switch (e.normalName()) {
            case "p" -> c.paragraphs = 1;
            case "img" -> c.images = 1;
            case "li" -> c.items = 1;
            case "table" -> c.firstTable = e;
            default -> {
            }
        }
        return c;
    }

    /** Adds a finished element's measures to its parent's. */
    static void close(Counts own, Counts parent) {
        if (parent != null) {
            parent.chars += own.chars;
            parent.linkChars += own.linkChars;
            parent.commas += own.commas;
            parent.paragraphs += own.paragraphs;
            parent.images += own.images;
            parent.items += own.items;
            parent.prose += own.prose;
            parent.chrome += own.chrome;
            if (parent.firstTable == null) {
                parent.firstTable = own.firstTable;
            }
        }
    }

    private final class Counter implements NodeVisitor {
        private final ArrayDeque<Counts> open = new ArrayDeque<>();
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                Counts c = open.peek();
                if (c != null) {
                    String s = text.getWholeText();
                    int visible = visibleChars(s);
                    c.chars += visible;
                    c.linkChars += linkDepth > 0 ? visible : 0;
                    c.commas += commas(s);
                }
            } else if (node instanceof Element e) {
                open.push(open(e));
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
                Counts own = open.pop();
                close(own, open.peek());
            }
        }
    }

    /** Visible characters of a text: white-space runs count as one. */
    static int visibleChars(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = isSpace(s.charAt(i));
            if (!ws || !space) {
                n++;
            }
            space = ws;
        }
        return n;
    }

    /** White space, a no-break space included; printable ASCII is decided without a table look-up. */
    static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7f) {
            return false;
        }
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    static boolean isComma(char c) {
        return c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C';
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isComma(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
