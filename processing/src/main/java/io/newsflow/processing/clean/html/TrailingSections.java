package io.newsflow.processing.clean.html;

import io.newsflow.processing.clean.dom.TreeWalk;
import io.newsflow.processing.clean.lexicon.SectionLabels;
import io.newsflow.processing.clean.lexicon.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Cuts what follows the article inside its box: the first short heading that labels a section which is not the
 * article ({@link SectionLabels#isTrailingLabel}: related posts, the author's bio, comments, sign-up boxes),
 * found once a good part of the box's text has gone by, and everything after it. Sites put these sections inside
 * the article's container, after its last paragraph, where the block scores cannot tell a teaser from prose.
 * Hand-written; one iterative walk, which steps over paragraphs, quotes, code and tables (no label is inside one)
 * by their measured length.
 */
final class TrailingSections implements NodeFilter {
    /** The label must come after at least this share of the box's text... */
    static final double MIN_SHARE_BEFORE = 0.5;
    /** ...and after at least this many characters of it. */
    static final int MIN_CHARS_BEFORE = 300;
    /** An author's bio, found by name without a label, must come after this share of the box's text. */
    static final double MIN_SHARE_BEFORE_BIO = 0.8;
    private static final int MAX_LABEL_CHARS = 60;
    private static final Set<String> LABEL_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span",
            "strong", "b", "header", "summary", "dt", "section", "li", "em");

    /** Text blocks that hold no section label when they are longer than one: stepped over by their length. */
    private static final Set<String> NO_LABEL_INSIDE = Set.of("p", "blockquote", "pre", "table", "figure");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** A label that is not a heading element must be this short and hold no link. */
    private static final int MAX_PLAIN_LABEL_WORDS = 4;

    private final TextStats stats;
    private final AuthorBios bios;
    private final List<Element> labels = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private final List<Element> bioStarts = new ArrayList<>();
    private final List<Integer> bioOffsets = new ArrayList<>();
    private int charsSoFar;

    private TrailingSections(TextStats stats, AuthorBios bios) {
        this.stats = stats;
        this.bios = bios;
    }

    /** Removes from {@code box} its first trailing-section label and all that follows it. */
    static void cut(Element box, TextStats stats, Removals removals) {
        cut(box, stats, List.of(), removals);
    }

    /**
     * Removes from {@code box} its first trailing-section label, or the first paragraph (or box of text without one)
     * that opens with the name of one of the page's {@code authors} ("Jane Doe is a reporter who..."), whichever
     * comes first, and all that follows it.
     */
    static void cut(Element box, TextStats stats, List<String> authors, Removals removals) {
        TrailingSections walk = new TrailingSections(stats, AuthorBios.of(authors));
        TreeWalk.filter(walk, box);
        int label = first(walk.offsets, Math.max(MIN_CHARS_BEFORE, MIN_SHARE_BEFORE * walk.charsSoFar));
        int bio = first(walk.bioOffsets, Math.max(MIN_CHARS_BEFORE, MIN_SHARE_BEFORE_BIO * walk.charsSoFar));
        if (bio >= 0 && (label < 0 || walk.bioOffsets.get(bio) < walk.offsets.get(label))) {
            removeFrom(walk.bioStarts.get(bio), box, removals);
        } else if (label >= 0) {
            removeFrom(walk.labels.get(label), box, removals);
        }
    }

    /**
     * The index of the first offset at or past {@code needed}, or -1. Of a label and a bio that both qualify, the cut
     * starts at the earlier: a share bar's label after the author's bio does not keep the bio in.
     */
    private static int first(List<Integer> offsets, double needed) {
        for (int i = 0; i < offsets.size(); i++) {
            if (offsets.get(i) >= needed) {
                return i;
            }
        }
        return -1;
    }

    /** Removes {@code from}, its following siblings, and those of each ancestor below {@code box}. */
    private static void removeFrom(Element from, Element box, Removals removals) {
        for (Node n = from; n != null && n != box; n = n.parent()) {
            Node next = n.nextSibling();
            while (next != null) {
                Node after = next.nextSibling();
                removals.remove(next);
                next = after;
            }
        }
        removals.remove(from);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            charsSoFar += TextStats.visibleChars(t.getWholeText());
        } else if (node instanceof Element e && depth > 0) {
            TextStats.Counts c = stats.of(e);
            if (c.chars == 0) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (c.chars > MAX_LABEL_CHARS && NO_LABEL_INSIDE.contains(e.normalName())) {
                if (e.nameIs("p") && charsSoFar >= MIN_CHARS_BEFORE && bios.opens(e)) {
                    bioStarts.add(e);
                    bioOffsets.add(charsSoFar);
                }
                charsSoFar += c.chars;
                return FilterResult.SKIP_ENTIRELY;
            }
            if (charsSoFar >= MIN_CHARS_BEFORE && isLabel(e)) {
                labels.add(e);
                offsets.add(charsSoFar);
            } else if (c.chars > MAX_LABEL_CHARS && charsSoFar >= MIN_CHARS_BEFORE && isTextBox(e) && bios.opens(e)) {
                bioStarts.add(e);
                bioOffsets.add(charsSoFar);
            }
        }
        return FilterResult.CONTINUE;
    }

    private static final Set<String> TEXT_BOXES = Set.of("div", "section", "span");

    /**
     * A box that holds a paragraph's text without a paragraph element: a {@code div} with no blocks inside. Bio boxes
     * are often built so ({@code <div class="bio">Jane Doe is a reporter...</div>}).
     */
    private static boolean isTextBox(Element e) {
        if (!TEXT_BOXES.contains(e.normalName())) {
            return false;
        }
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child && BlockSumSelector.BLOCKS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** An inline label ({@code <strong>Related:</strong> a story}) opens a line, not a section: it must be the whole block. */
    private boolean isWholeBlock(Element e, TextStats.Counts c) {
        if (BlockSumSelector.BLOCKS.contains(e.normalName())) {
            return true;
        }
        Element parent = e.parent();
        return parent != null && stats.of(parent).chars == c.chars;
    }

    private boolean isLabel(Element e) {
        if (!LABEL_TAGS.contains(e.normalName())) {
            return false;
        }
        TextStats.Counts c = stats.of(e);
        if (c.chars == 0 || c.chars > MAX_LABEL_CHARS) {
            return false;
        }
        if (HEADINGS.contains(e.normalName())) {
            String text = e.text();
            List<String> tokens = Tokens.of(text);
            return SectionLabels.isTrailingLabel(text) || SectionLabels.isCreditLabel(tokens)
                    || SectionLabels.isAboutLabel(tokens);
        }
        if (c.linkChars > 0 || !isWholeBlock(e, c)) {
            return false;
        }
        String text = e.text();
        List<String> tokens = Tokens.of(text);
        return tokens.size() <= MAX_PLAIN_LABEL_WORDS
                && (SectionLabels.isTrailingLabel(text) || SectionLabels.isCreditLabel(tokens)
                || SectionLabels.isAboutLabel(tokens));
    }
}
