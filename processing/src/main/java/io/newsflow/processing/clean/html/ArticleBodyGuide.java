package io.newsflow.processing.clean.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The article text a page declares in its JSON-LD ({@code articleBody}) as a guide for the chosen box: a block of
 * the box that shares almost none of its word 4-grams with the declared text is not the article (a product box, a
 * sign-up form, a teaser list the markup put inside the article). Used only when the declared text is the whole
 * article, not a teaser: long, about as long as the box, and matching most of the box. Hand-written: no library
 * aligns a declared text with a DOM.
 */
final class ArticleBodyGuide {
    static final int MIN_DECLARED_WORDS = 150;
    /** The declared text must have at least this share of the box's words... */
    static final double MIN_LENGTH_RATIO = 0.6;
    /** ...and this share of the box's 4-grams must be in it. */
    static final double MIN_BOX_COVERAGE = 0.6;
    /** A block with less than this share of its 4-grams in the declared text goes. */
    static final double MAX_FOREIGN_COVERAGE = 0.15;
    private static final int GRAM = 4;
    private static final Set<String> UNITS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "dd", "dt", "table", "ul", "ol", "dl", "form", "figure");

    private final Set<Long> grams;
    private final int words;

    private ArticleBodyGuide(int[] tokens) {
        this.grams = new HashSet<>(grams(tokens));
        this.words = tokens.length;
    }

    /** A guide from the declared {@code articleBody} (plain text or HTML); null when it is too short to guide. */
    static ArticleBodyGuide of(String articleBody) {
        if (articleBody == null) {
            return null;
        }
        String text = articleBody.indexOf('<') >= 0 ? Jsoup.parseBodyFragment(articleBody).text() : articleBody;
        int[] tokens = tokens(text);
        return tokens.length < MIN_DECLARED_WORDS ? null : new ArticleBodyGuide(tokens);
    }

    /** Removes the blocks of {@code box} the declared text does not have, when it describes the box. */
    void prune(Element box, Removals removals) {
        int[] boxTokens = tokens(box.text());
        List<Long> boxGrams = grams(boxTokens);
        if (boxGrams.isEmpty() || words < MIN_LENGTH_RATIO * boxTokens.length
                || coverage(boxGrams) < MIN_BOX_COVERAGE) {
            return;
        }
        List<Element> doomed = new ArrayList<>();
        for (Element e : box.getAllElements()) {
            if (e != box && UNITS.contains(e.normalName()) && !insideAny(e, doomed, box) && isForeign(e)) {
                doomed.add(e);
            }
        }
        doomed.forEach(removals::remove);
    }

    private boolean isForeign(Element e) {
        List<Long> g = grams(tokens(e.text()));
        return g.size() >= GRAM && coverage(g) < MAX_FOREIGN_COVERAGE;
    }

    private static boolean insideAny(Element e, List<Element> doomed, Element box) {
        if (doomed.isEmpty()) {
            return false;
        }
        Element last = doomed.get(doomed.size() - 1);
        for (Element a = e.parent(); a != null && a != box; a = a.parent()) {
            if (a == last) {
                return true;
            }
        }
        return false;
    }

    private double coverage(List<Long> g) {
        int hit = 0;
        for (Long x : g) {
            if (grams.contains(x)) {
                hit++;
            }
        }
        return hit / (double) g.size();
    }

    /**
     * The word tokens (runs of letters and digits) of {@code text}, lower case, each as its {@code String} hash code:
     * only the hashes make the 4-grams, so a token of ASCII letters is hashed where it stands instead of copied out.
     */
    static int[] tokens(String text) {
        int[] tokens = new int[Math.max(16, text.length() / 6)];
        int count = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (count == tokens.length) {
                    tokens = Arrays.copyOf(tokens, 2 * count);
                }
                tokens[count++] = lowerCaseHash(text, start, i);
                start = -1;
            }
        }
        return Arrays.copyOf(tokens, count);
    }

    /** {@code text.substring(start, end).toLowerCase(Locale.ROOT).hashCode()}, without the copies for ASCII. */
    static int lowerCaseHash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return text.substring(start, end).toLowerCase(Locale.ROOT).hashCode();
            }
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return h;
    }

    private static List<Long> grams(int[] tokens) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i + GRAM <= tokens.length; i++) {
            long h = 17;
            for (int j = i; j < i + GRAM; j++) {
                h = h * 1_000_003L + tokens[j];
            }
            out.add(h);
        }
        return out;
    }
}
