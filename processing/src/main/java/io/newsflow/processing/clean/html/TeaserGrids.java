package io.newsflow.processing.clean.html;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Recognises a grid of teaser cards: a box whose children are three or more cards built alike (same tag, same first class),
 * each a headline link to another page with at most a short excerpt. Sites put such grids ("more from the blog",
 * carousels of recent posts) inside the article's container, where the excerpts read as prose to the block scores.
 * An article's own sections differ: they are not all cut to one short shape, and they do not each open another page.
 * Hand-written.
 */
final class TeaserGrids {
    static final int MIN_CARDS = 3;
    /** A card longer than this holds more than a headline and an excerpt. */
    static final int MAX_CARD_CHARS = 600;
    /** A headline link has at least this many visible characters ("Read more" and icons have fewer). */
    static final int MIN_HEADLINE_CHARS = 15;
    /**
     * A teaser's headline link is a good part of its card's text; cards whose links are less than this share of their
     * text are sections of prose that mention another page (a shoe reviewed, with a link to the maker's shop).
     */
    static final double MIN_LINK_DENSITY = 0.1;
    private static final Set<String> CARD_TAGS = Set.of("div", "article", "section");

    private TeaserGrids() {
    }

    /** Whether {@code box}'s children are teaser cards ({@link TeaserGrids}). */
    static boolean isGrid(Element box, TextStats stats) {
        if (!hasElementChildren(box, MIN_CARDS) || stats.of(box).linkDensity() < MIN_LINK_DENSITY) {
            return false;
        }
        Element first = box.firstElementChild();
        String kind = firstClass(first);
        if (!CARD_TAGS.contains(first.normalName()) || kind.isEmpty() && !first.nameIs("article")) {
            return false;
        }
        Set<String> targets = new HashSet<>();
        for (Element card : box.children()) {
            if (!card.normalName().equals(first.normalName()) || !firstClass(card).equals(kind)
                    || stats.of(card).chars > MAX_CARD_CHARS) {
                return false;
            }
            String target = headlineTarget(card, stats);
            if (target == null || !targets.add(target)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code box} has at least {@code n} element children, counted without building the list of them that
     * {@code childrenSize} builds: most boxes asked about are not grids.
     */
    static boolean hasElementChildren(Element box, int n) {
        int found = 0;
        for (int i = 0; i < box.childNodeSize() && found < n; i++) {
            if (box.childNode(i) instanceof Element) {
                found++;
            }
        }
        return found >= n;
    }

    /** The first class name of {@code e}: cards built alike share it, while later ones name each card's post. */
    static String firstClass(Element e) {
        String names = Attrs.className(e).strip();
        int space = names.indexOf(' ');
        return space < 0 ? names : names.substring(0, space);
    }

    /** The address the card's headline link opens, or null when it has none. */
    private static String headlineTarget(Element card, TextStats stats) {
        for (Element a : card.getElementsByTag("a")) {
            String href = a.attr("href");
            if (!href.isEmpty() && !href.startsWith("#") && stats.of(a).chars >= MIN_HEADLINE_CHARS) {
                return href;
            }
        }
        return null;
    }
}
