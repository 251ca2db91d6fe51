package io.newsflow.processing.clean.html;

import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Attribute reads by a lower-case name, compared exactly: the HTML parser lower-cases the attribute names of HTML
 * elements, so this finds what {@link Element#attr} finds, without the case-insensitive comparison {@code attr} makes
 * with each attribute of the element. The walks read a few attributes of every element of a page. Elements of SVG
 * and MathML keep the case their names were written in, and are read with {@code attr}.
 */
final class Attrs {
    private Attrs() {
    }

    /** The value of {@code key} (lower case), or "" when absent, as {@code e.attr(key)}. */
    static String get(Element e, String key) {
        if (e.attributesSize() == 0) {
            return "";
        }
        return isHtml(e) ? e.attributes().get(key) : e.attr(key);
    }

    /** Whether {@code e} has {@code key} (lower case), as {@code e.hasAttr(key)}. */
    static boolean has(Element e, String key) {
        return e.attributesSize() > 0 && (isHtml(e) ? e.attributes().hasKey(key) : e.hasAttr(key));
    }

    /** Whether {@code e} is an HTML element, whose attribute names the parser lower-cased. */
    static boolean isHtml(Element e) {
        return Parser.NamespaceHtml.equals(e.tag().namespace());
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
