package io.newsflow.processing.clean.html;

import io.newsflow.processing.clean.lexicon.StopWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Recognises the paragraph that opens an author's bio: it starts with the name of one of the page's authors, whole
 * or the first name alone, followed by a lower-case word ("Jane Doe is a reporter...", "Jane covers..."). The names
 * come from the page's own metadata, so any site's bio box is found without knowing its markup. Only personal names
 * (two words or more) count: a company named as the author opens its own closing pitch, which is article text as
 * often as not. Hand-written.
 */
final class AuthorBios {
    private static final int MIN_FIRST_NAME_CHARS = 3;
    private static final int LEADING_CHARS = 80;
    private static final AuthorBios NONE = new AuthorBios(List.of());

    /** Characters after a name that {@link #followedByLowerCaseWord} reads: a space, "and " and one more. */
    private static final int AFTER_NAME_CHARS = 7;

    private final List<String> names;
    /** How much of a paragraph's leading text the names need: no name is compared beyond it. */
    private final int reach;
    /** The first character of each name. */
    private final String initials;

    private AuthorBios(List<String> names) {
        this.names = names;
        int longest = 0;
        StringBuilder firsts = new StringBuilder();
        for (String name : names) {
            longest = Math.max(longest, name.length());
            firsts.append(name.charAt(0));
        }
        this.reach = Math.max(LEADING_CHARS, longest + AFTER_NAME_CHARS);
        this.initials = firsts.toString();
    }

    /** Bios of the given authors (display names such as "Jane Doe"). */
    static AuthorBios of(List<String> authors) {
        if (authors == null || authors.isEmpty()) {
            return NONE;
        }
        List<String> names = new ArrayList<>();
        for (String author : authors) {
            String name = author.strip();
            int space = name.indexOf(' ');
            if (space < 0) {
                continue;
            }
            names.add(name);
            String first = name.substring(0, space);
            if (isGivenName(first)) {
                names.add(first);
            }
        }
        return new AuthorBios(names);
    }

    /**
     * Whether the first word of an author's name reads as a given name, which a bio may open with alone ("Jared has
     * covered..."): a capital, and lower-case letters after it ("Jean-Luc", "McKenzie" too). "The" of "The
     * Investopedia Team" is a function word and "QCY" of "QCY Official" a brand in capitals; either opens article
     * sentences as often as bios.
     */
    private static boolean isGivenName(String word) {
        if (word.length() < MIN_FIRST_NAME_CHARS || !Character.isUpperCase(word.charAt(0))
                || StopWords.contains(word)) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the paragraph {@code p} opens with an author's name followed by a lower-case word. */
    boolean opens(Element p) {
        // Most paragraphs are ruled out by their first letter, without their leading text being copied out.
        if (names.isEmpty() || initials.indexOf(firstVisibleChar(p)) < 0) {
            return false;
        }
        String lead = leadingText(p, reach);
        for (String name : names) {
            if (lead.startsWith(name) && followedByLowerCaseWord(lead, name.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByLowerCaseWord(String lead, int end) {
        if (end + 1 >= lead.length() || lead.charAt(end) != ' ') {
            return false;
        }
        char next = lead.charAt(end + 1);
        return Character.isLowerCase(next) && !lead.substring(end + 1).toLowerCase(Locale.ROOT).startsWith("and ");
    }

    /**
     * The first {@code limit} characters of the element's text (at least {@link #LEADING_CHARS}), white space
     * collapsed; reads only as far as it needs.
     */
    static String leadingText(Element e, int limit) {
        StringBuilder b = new StringBuilder();
        Node node = e.childNodeSize() > 0 ? e.childNode(0) : null;
        while (node != null && b.length() < LEADING_CHARS) {
            if (node instanceof TextNode t) {
                appendCollapsed(b, t.getWholeText(), limit);
            }
            node = next(node, e);
        }
        return b.toString().strip();
    }

    /** The first character of the element's text that is not white space ({@link #leadingText}'s first), or 0. */
    private static char firstVisibleChar(Element e) {
        Node node = e.childNodeSize() > 0 ? e.childNode(0) : null;
        while (node != null) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    if (!TextStats.isSpace(text.charAt(i))) {
                        return text.charAt(i);
                    }
                }
            }
            node = next(node, e);
        }
        return 0;
    }

    /** The node after {@code node} in document order, within {@code root}. */
    private static Node next(Node node, Element root) {
        if (node.childNodeSize() > 0) {
            return node.childNode(0);
        }
        for (Node n = node; n != null && n != root; n = n.parentNode()) {
            Node sibling = n.nextSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    private static void appendCollapsed(StringBuilder b, String text, int limit) {
        for (int i = 0; i < text.length() && b.length() < limit; i++) {
            char c = text.charAt(i);
            if (TextStats.isSpace(c)) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            } else {
                b.append(c);
            }
        }
    }
}
