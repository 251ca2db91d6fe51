package io.newsflow.processing.clean.html;

import org.jsoup.nodes.Element;

/**
 * Attribute reads by a lower-case name, compared exactly: the HTML parser lower-cases attribute names, so this finds
 * what {@link Element#attr} finds, without the case-insensitive comparison {@code attr} makes with each attribute of
 * the element. The walks read a few attributes of every element of a page.
 */
final class Attrs {
    private Attrs() {
    }

    /** The value of {@code key} (lower case), or "" when absent, as {@code e.attr(key)}. */
    static String get(Element e, String key) {
        return e.attributesSize() == 0 ? "" : e.attributes().get(key);
    }

    /** Whether {@code e} has {@code key} (lower case), as {@code e.hasAttr(key)}. */
    static boolean has(Element e, String key) {
        return e.attributesSize() > 0 && e.attributes().hasKey(key);
    }

    /** The class attribute, trimmed, as {@link Element#className()}. */
    static String className(Element e) {
        return get(e, "class").trim();
    }

    /** The id attribute, as {@link Element#id()}. */
    static String id(Element e) {
        return get(e, "id");
    }
}
