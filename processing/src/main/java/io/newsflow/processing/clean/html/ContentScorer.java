package io.newsflow.processing.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article, after Mozilla Readability's scoring (Apache-2.0): every paragraph
 * of prose gives points (one, plus one per comma, plus one per 100 characters up to three) to its ancestors,
 * halving and then thinning with distance; containers start from a tag bonus and their class/id weight, and
 * their total is scaled by the share of their text that is not link text. The best container wins, raised to an
 * ancestor when that ancestor holds more of the article.
 */
final class ContentScorer {
    static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "h2", "h3", "h4", "h5",
            "h6", "dd", "li");
    private static final Set<String> TEXT_CONTAINERS = Set.of("div", "section", "article", "main", "span", "font",
            "center", "td");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "dl",
            "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "aside", "form",
            "li", "hr", "address");

    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ContentScorer(TextStats stats) {
        this.stats = stats;
    }

    /** The element most likely to hold the article, or {@code body} when nothing scores. */
    static Element bestContainer(Element body, TextStats stats) {
        ContentScorer scorer = new ContentScorer(stats);
        for (Element e : body.getAllElements()) {
            if (isParagraph(e)) {
                scorer.credit(e);
            }
        }
        return scorer.best(body);
    }

    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (SCORED.contains(tag)) {
            return !tag.equals("li") || !hasBlockChild(e);
        }
        return TEXT_CONTAINERS.contains(tag) && ownTextChars(e) >= MIN_PARAGRAPH_CHARS;
    }

    private void credit(Element paragraph) {
        TextStats.Counts c = stats.of(paragraph);
        if (c.chars < MIN_PARAGRAPH_CHARS) {
            return;
        }
        double points = 1 + c.commas + Math.min(c.chars / 100, 3);
        Element ancestor = paragraph.parent();
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
            if (ancestor.nameIs("html")) {
                break;
            }
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, points / divider, Double::sum);
            ancestor = ancestor.parent();
        }
    }

    private Element best(Element body) {
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double s = finalScore(entry.getKey(), entry.getValue());
            if (top == null || s > topScore) {
                top = entry.getKey();
                topScore = s;
            }
        }
        return top == null ? body : raise(top, topScore, body);
    }

    double finalScore(Element e, double raw) {
        double s = raw + tagBonus(e) + Hints.classWeight(e);
        return s * (1 - stats.of(e).linkDensity());
    }

    /** Moves up while the parent scores nearly as well: the article often spans sibling containers. */
    private Element raise(Element top, double topScore, Element body) {
        Element current = top;
        double currentScore = topScore;
        Element parent = current.parent();
        while (parent != null && parent != body && !parent.nameIs("html")) {
            Double raw = scores.get(parent);
            if (raw == null) {
                break;
            }
            double parentScore = finalScore(parent, raw);
            if (parentScore < currentScore * 0.75 || parentScore < topScore * 0.5) {
                break;
            }
            current = parent;
            currentScore = parentScore;
            parent = current.parent();
        }
        return current;
    }

    private static int tagBonus(Element e) {
        return switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    static int ownTextChars(Element e) {
        int n = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                n += TextStats.visibleChars(t.getWholeText().strip());
            }
        }
        return n;
    }

    /** Scores of all scored containers, for diagnostics and tests. */
    List<Element> scored() {
        return new ArrayList<>(scores.keySet());
    }
}
