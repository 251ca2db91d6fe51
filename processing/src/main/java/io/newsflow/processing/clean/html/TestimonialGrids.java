package io.newsflow.processing.clean.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises a grid of testimonial cards: a box whose children are three or more cards built alike (same tag, same
 * first class), none with a link, each a short quote beside a name of a few words ("Thank you so much … / Lucy Gray").
 * Sites show reviews of themselves this way after the article. An article's own described list has the same shape
 * (a short label and its text), so the quotes must speak for a person: in a {@code blockquote} or {@code q}, or in the
 * first person in most cards. Hand-written.
 */
final class TestimonialGrids {
    static final int MIN_CARDS = 3;
    /** A card longer than this holds more than a quote and its speaker. */
    static final int MAX_CARD_CHARS = 700;
    /** A quote has at least this many words. */
    static final int MIN_QUOTE_WORDS = 5;
    /** A speaker's name (or handle, or a name with an initial: "Amy C.") has at most this many words and characters. */
    static final int MAX_NAME_WORDS = 4;
    static final int MAX_NAME_CHARS = 40;
    /** A card holds at most this many pieces of text: the quote, the name, a role, a rating. */
    static final int MAX_PIECES = 4;
    private static final Set<String> CARD_TAGS = Set.of("div", "article", "section", "li", "figure");
    private static final Set<String> FIRST_PERSON = Set.of("i", "i'm", "i’m", "i've", "i’ve", "me", "my");
    /** Compiled once: {@code String.split} compiles its pattern on each call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}'’]+");

    private TestimonialGrids() {
    }

    /** Whether {@code box}'s children are testimonial cards ({@link TestimonialGrids}). */
    static boolean isGrid(Element box, TextStats stats) {
        if (stats.of(box).linkChars > 0 || !TeaserGrids.hasElementChildren(box, MIN_CARDS)) {
            return false;
        }
        Element first = box.firstElementChild();
        String kind = TeaserGrids.firstClass(first);
        if (!CARD_TAGS.contains(first.normalName()) || kind.isEmpty() && !first.nameIs("li")) {
            return false;
        }
        for (Element card : box.children()) {
            if (!card.normalName().equals(first.normalName()) || !TeaserGrids.firstClass(card).equals(kind)
                    || stats.of(card).chars > MAX_CARD_CHARS) {
                return false;
            }
        }
        // Every card is built alike: only now is what each says read (the dearer test, and either failing is a no).
        int cards = 0;
        int spoken = 0;
        for (Element card : box.children()) {
            Card c = Card.of(card);
            if (c == null) {
                return false;
            }
            cards++;
            spoken += c.spoken ? 1 : 0;
        }
        return 2 * spoken > cards;
    }

    /** What one card says: whether its quote speaks for a person. Null when it is not a quote and a name. */
    private record Card(boolean spoken) {
        static Card of(Element card) {
            Element quote = null;
            boolean named = false;
            int pieces = 0;
            for (Element e : card.getAllElements()) {
                String own = e.ownText().strip();
                if (own.isEmpty()) {
                    continue;
                }
                if (++pieces > MAX_PIECES) {
                    return null;
                }
                String[] words = SPACES.split(own);
                if (words.length >= MIN_QUOTE_WORDS) {
                    if (quote != null) {
                        return null;
                    }
                    quote = e;
                } else if (isName(own, words)) {
                    named = true;
                }
            }
            return quote == null || !named ? null : new Card(isSpoken(quote, card));
        }

        private static boolean isName(String text, String[] words) {
            char last = text.charAt(text.length() - 1);
            return words.length <= MAX_NAME_WORDS && text.length() <= MAX_NAME_CHARS
                    && Character.isLetterOrDigit(text.charAt(0)) && "!?:".indexOf(last) < 0
                    && (last != '.' || words[words.length - 1].length() <= 2);
        }

        private static boolean isSpoken(Element quote, Element card) {
            for (Element a = quote; a != null && a != card.parent(); a = a.parent()) {
                if (a.nameIs("blockquote") || a.nameIs("q")) {
                    return true;
                }
            }
            for (String w : NON_WORD.split(quote.text().toLowerCase(Locale.ROOT))) {
                if (FIRST_PERSON.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }
}
