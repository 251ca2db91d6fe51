package io.newsflow.processing.clean.html;

import io.newsflow.processing.clean.dom.TreeWalk;
import io.newsflow.processing.clean.lexicon.StopWords;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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
    static final double FRAGMENT_PENALTY = 0.3;
    /**
     * Chinese and Japanese text (few word breaks) carries about three Latin letters of content a character: a line of
     * 25 of them is a sentence, and many write without sentence-final punctuation between lines.
     */
    private static final double CJK_CHAR_WEIGHT = 3;
    private static final int CJK_MIN_PROSE_CHARS = 25;
    private static final double LINK_PENALTY = 1.0;
    /** Widening to a parent needs at least this much more prose, relative to the box's own. */
    private static final double WIDEN_MIN_GAIN = 0.5;
    /** ...and at least this much added prose per unit of added chrome. */
    private static final double WIDEN_PROSE_PER_CHROME = 0.5;

    /** Text measures of one block while it is being read. */
    private static final class Block {
        int chars;
        int linkChars;
        int words;
        int stopWords;
        int sentenceEnds;
    }

    /** The block elements in the order their walk closed them: inner blocks before the blocks around them. */
    private final List<Element> blocks = new ArrayList<>();
    private final TextStats stats;

    private BlockSumSelector(TextStats stats) {
        this.stats = stats;
    }

    /** The box chosen as the article and its prose weight. */
    record Choice(Element box, double prose) {
    }

    static Element select(Element body) {
        return choose(body, new TextStats()).box();
    }

    /**
     * Chooses the box of the article under {@code body}, filling {@code stats} in the same walk: text measures and
     * the prose and chrome weights of every element ({@link TextStats.Counts#prose}, {@link TextStats.Counts#chrome}).
     */
    static Choice choose(Element body, TextStats stats) {
        BlockSumSelector selector = new BlockSumSelector(stats);
        TreeWalk.traverse(selector.new Walker(), body);
        Element box = selector.widened(selector.outOfParagraph(selector.netHeaviest(body)));
        return new Choice(box, stats.of(box).prose);
    }

    /**
     * Climbs from the net-heaviest box while its parent adds much more prose than chrome: an article whose
     * paragraphs are split by link lists of its own (a changelog, a list of sources) is kept whole, while a
     * parent that mostly adds menus and teasers is not taken.
     */
    private Element widened(Element best) {
        TextStats.Counts chosen = stats.of(best);
        for (Element p = best.parent(); p != null; p = p.parent()) {
            if (!BLOCKS.contains(p.normalName())) {
                continue;
            }
            TextStats.Counts s = stats.of(p);
            double moreProse = s.prose - chosen.prose;
            double moreChrome = s.chrome - chosen.chrome;
            if (moreProse >= WIDEN_MIN_GAIN * chosen.prose && moreProse >= WIDEN_PROSE_PER_CHROME * moreChrome) {
                best = p;
                chosen = s;
            }
        }
        return best;
    }

    /**
     * The block around a lone paragraph: an article is more than one paragraph, and a page whose heaviest block is one
     * has the rest of its text beside it in blocks that weigh nothing as prose (a table of data, a list).
     */
    private Element outOfParagraph(Element best) {
        Element parent = best.parent();
        return best.nameIs("p") && parent != null && stats.of(parent).linkDensity() < LONE_PARAGRAPH_MAX_LINKS
                ? parent : best;
    }

    /** A lone paragraph's parent is taken when less than this share of its text is links. */
    private static final double LONE_PARAGRAPH_MAX_LINKS = 0.3;

    /** The block with the largest net weight; of equal ones, the innermost and first. */
    private Element netHeaviest(Element body) {
        Element best = body;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (Element e : blocks) {
            double net = stats.of(e).net();
            if (net > bestSum) {
                best = e;
                bestSum = net;
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
        if (cjk) {
            return linkDensity < 0.3 && chars >= CJK_MIN_PROSE_CHARS ? CJK_CHAR_WEIGHT * chars * (1 - linkDensity)
                    : chars < CJK_MIN_PROSE_CHARS ? -FRAGMENT_PENALTY * chars : 0;
        }
        boolean prose = linkDensity < 0.3 && (chars >= 150 && (stopRatio >= 0.15 || sentenceEnds >= 2)
                || chars >= 50 && sentenceEnds >= 1 && stopRatio >= 0.2);
        if (prose) {
            return chars * (1 - linkDensity);
        }
        return chars < 50 ? -FRAGMENT_PENALTY * chars : 0;
    }

    private final class Walker implements NodeVisitor {
        private final Deque<Block> open = new ArrayDeque<>();
        private final Deque<TextStats.Counts> counts = new ArrayDeque<>();
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                addText(t.getWholeText());
            } else if (node instanceof Element e) {
                if (e.nameIs("a")) {
                    linkDepth++;
                }
                counts.push(stats.open(e));
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
            TextStats.Counts own = counts.pop();
            if (BLOCKS.contains(e.normalName())) {
                Block b = open.pop();
                double w = weight(b.chars, b.linkChars, b.words, b.stopWords, b.sentenceEnds);
                if (w > 0) {
                    own.prose += w;
                } else {
                    own.chrome -= w;
                }
                blocks.add(e);
            }
            TextStats.close(own, counts.peek());
        }

        /** Reads a text once for both the block's measures and its element's {@link TextStats}. */
        private void addText(String s) {
            TextStats.Counts c = counts.peek();
            Block b = open.peek();
            if (c == null) {
                return;
            }
            int visible = 0;
            int commas = 0;
            int words = 0;
            int stopWords = 0;
            int sentenceEnds = 0;
            boolean space = true;
            int start = -1;
            for (int i = 0; i <= s.length(); i++) {
                char ch = i < s.length() ? s.charAt(i) : ' ';
                boolean ws = TextStats.isSpace(ch);
                if (i < s.length() && (!ws || !space)) {
                    visible++;
                }
                space = ws;
                if (isWordChar(ch)) {
                    if (start < 0) {
                        start = i;
                    }
                    continue;
                }
                if (start >= 0) {
                    words++;
                    if (i - start <= 7 && StopWords.contains(s, start, i)) {
                        stopWords++;
                    }
                    start = -1;
                }
                if (ch == '.' || ch == '!' || ch == '?' || ch == '\u3002') {
                    sentenceEnds++;
                } else if (TextStats.isComma(ch)) {
                    commas++;
                }
            }
            c.chars += visible;
            c.commas += commas;
            if (linkDepth > 0) {
                c.linkChars += visible;
            }
            if (b != null) {
                b.chars += visible;
                b.linkChars += linkDepth > 0 ? visible : 0;
                b.words += words;
                b.stopWords += stopWords;
                b.sentenceEnds += sentenceEnds;
            }
        }

        private static boolean isWordChar(char c) {
            if (c < 0x80) {
                return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'';
            }
            return Character.isLetterOrDigit(c);
        }
    }
}
