package io.newsflow.processing.clean.html;

import io.newsflow.processing.clean.lexicon.StopWords;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element that holds the article as the subtree with the largest sum of block weights: each text
 * block (the text whose nearest block-level ancestor is the same element) weighs its length when it reads as
 * prose (long, punctuated, dense in function words, few links), minus its length when it is mostly links, and a
 * little less than nothing when it is a short fragment. The heaviest subtree spans every part of an article that
 * is split over sibling boxes (list-style articles) while leaving out menus and link lists around it.
 * Hand-written (a maximum-subtree variant of block classification as in jusText and boilerpipe); one iterative
 * pass.
 */
final class BlockSumSelector {
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "ul", "ol", "dl",
            "dt", "dd", "li", "table", "tr", "td", "th", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
            "figure", "figcaption", "address", "form", "fieldset", "details", "summary", "center", "body", "tbody",
            "thead", "caption");
    private static final double FRAGMENT_PENALTY = 0.3;
    private static final double LINK_PENALTY = 1.0;

    /** Text measures of one block while it is being read. */
    private static final class Block {
        int chars;
        int linkChars;
        int words;
        int stopWords;
        int sentenceEnds;
    }

    private final Map<Element, Double> sums = new IdentityHashMap<>();

    static Element select(Element body) {
        BlockSumSelector selector = new BlockSumSelector();
        NodeTraversor.traverse(selector.new Walker(), body);
        return selector.heaviest(body);
    }

    private Element heaviest(Element body) {
        Element best = body;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> e : sums.entrySet()) {
            if (e.getValue() > bestSum) {
                best = e.getKey();
                bestSum = e.getValue();
            }
        }
        return best;
    }

    static double weight(int chars, int linkChars, int words, int stopWords, int sentenceEnds) {
        if (chars == 0) {
            return 0;
        }
        double linkDensity = linkChars / (double) chars;
        if (linkDensity > 0.5) {
            return -LINK_PENALTY * chars;
        }
        double stopRatio = words == 0 ? 0 : stopWords / (double) words;
        boolean cjk = words > 0 && chars / (double) words > 15;
        boolean prose = linkDensity < 0.3 && (chars >= 150 && (stopRatio >= 0.15 || cjk || sentenceEnds >= 2)
                || chars >= 50 && sentenceEnds >= 1 && (stopRatio >= 0.2 || cjk));
        if (prose) {
            return chars * (1 - linkDensity);
        }
        return chars < 50 ? -FRAGMENT_PENALTY * chars : 0;
    }

    private final class Walker implements NodeVisitor {
        private final Deque<Block> open = new ArrayDeque<>();
        private final Deque<Double> childSums = new ArrayDeque<>();
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (!open.isEmpty()) {
                    addText(open.peek(), t.getWholeText());
                }
            } else if (node instanceof Element e) {
                if (e.nameIs("a")) {
                    linkDepth++;
                }
                childSums.push(0.0);
                if (BLOCKS.contains(e.normalName())) {
                    open.push(new Block());
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            if (e.nameIs("a")) {
                linkDepth--;
            }
            double sum = childSums.pop();
            if (BLOCKS.contains(e.normalName())) {
                Block b = open.pop();
                sum += weight(b.chars, b.linkChars, b.words, b.stopWords, b.sentenceEnds);
                sums.put(e, sum);
            }
            if (!childSums.isEmpty()) {
                childSums.push(childSums.pop() + sum);
            }
        }

        private void addText(Block b, String s) {
            int visible = TextStats.visibleChars(s);
            b.chars += visible;
            if (linkDepth > 0) {
                b.linkChars += visible;
            }
            int start = -1;
            for (int i = 0; i <= s.length(); i++) {
                char c = i < s.length() ? s.charAt(i) : ' ';
                if (Character.isLetterOrDigit(c) || c == '\'') {
                    if (start < 0) {
                        start = i;
                    }
                } else {
                    if (start >= 0) {
                        b.words++;
                        if (i - start <= 7 && StopWords.contains(s.substring(start, i))) {
                            b.stopWords++;
                        }
                        start = -1;
                    }
                    if (c == '.' || c == '!' || c == '?' || c == '\u3002') {
                        b.sentenceEnds++;
                    }
                }
            }
        }
    }
}
