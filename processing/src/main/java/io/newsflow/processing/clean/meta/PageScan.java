package io.newsflow.processing.clean.meta;

import io.newsflow.processing.clean.dom.TreeWalk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Everything the metadata readers need from a page, gathered in one iterative walk instead of one selector query
 * per field: meta tags, JSON-LD scripts, the first {@code h1}, the first {@code time[datetime]}, the canonical link,
 * author names marked up as such, byline texts, and the page's size (elements, deepest nesting).
 */
public final class PageScan implements NodeVisitor {
    private static final int MAX_BYLINE_CHARS = 120;
    private static final java.util.Set<String> BYLINE_BLOCKS = java.util.Set.of("p", "div", "span", "address");

    private final Map<String, String> meta = new HashMap<>();
    private final Map<String, String> itemDates = new HashMap<>();
    private final List<String> jsonLd = new ArrayList<>();
    private final List<String> authorNames = new ArrayList<>();
    private final List<String> bylines = new ArrayList<>();
    private final List<Element> contentAnchors = new ArrayList<>();
    private Element h1;
    private Element time;
    private Element canonical;
    private int elements;
    private int maxDepth;
    /** The open elements that scope author names ({@code itemprop=author}) and bylines, innermost first. */
    private final java.util.ArrayDeque<Element> authorScopes = new java.util.ArrayDeque<>();
    private final java.util.ArrayDeque<Element> bylineScopes = new java.util.ArrayDeque<>();

    private PageScan() {
    }

    /** Scans the whole document. */
    public static PageScan of(Document doc) {
        PageScan scan = new PageScan();
        TreeWalk.traverse(scan, doc);
        scan.itemDates.forEach(scan.meta::putIfAbsent);
        return scan;
    }

    @Override
    public void head(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        elements++;
        maxDepth = Math.max(maxDepth, depth);
        switch (e.normalName()) {
            case "meta" -> metaTag(e);
            case "script" -> script(e);
            case "h1" -> h1 = h1 == null ? e : h1;
            case "time" -> time = time == null && e.hasAttr("datetime") ? e : time;
            case "link" -> canonical(e);
            case "main", "article" -> contentAnchors.add(e);
            default -> {
            }
        }
        if (e.attributesSize() > 0) {
            marked(e);
        }
        if (bylineScopes.isEmpty() && BYLINE_BLOCKS.contains(e.normalName())
                && e.firstChild() instanceof TextNode first && Bylines.opensByline(first.getWholeText())) {
            String text = e.text();
            if (Bylines.isByline(text)) {
                bylines.add(text);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (authorScopes.peek() == e) {
                authorScopes.pop();
            }
            if (bylineScopes.peek() == e) {
                bylineScopes.pop();
            }
        }
    }

    private void marked(Element e) {
        String itemprop = attr(e, "itemprop");
        if ((itemprop.equalsIgnoreCase("datePublished") || itemprop.equalsIgnoreCase("dateModified"))
                && e.hasAttr("datetime")) {
            itemDates.putIfAbsent(itemprop.toLowerCase(Locale.ROOT), e.attr("datetime"));
        }
        if (itemprop.equalsIgnoreCase("articleBody") && !e.nameIs("main") && !e.nameIs("article")) {
            contentAnchors.add(e);
        }
        String cls = attr(e, "class").trim();
        boolean name = attr(e, "rel").equalsIgnoreCase("author")
                || !authorScopes.isEmpty() && itemprop.equalsIgnoreCase("name")
                || !bylineScopes.isEmpty() && e.nameIs("a") || hasClass(cls, "author-name");
        if (name) {
            authorNames.add(e.text());
        }
        if (itemprop.equalsIgnoreCase("author")) {
            authorScopes.push(e);
        }
        if (isByline(cls)) {
            bylineScopes.push(e);
            String text = e.text();
            if (!text.isBlank() && text.length() <= MAX_BYLINE_CHARS) {
                bylines.add(text);
            }
        }
    }

    /**
     * The value of a lower-case attribute name of an element that has attributes, as {@code e.attr(key)} finds it
     * on a parsed page but compared exactly: the parser lower-cases the names of HTML elements' attributes (SVG and
     * MathML elements keep theirs, and are read with {@code attr}), and the scan reads attributes of every element.
     */
    private static String attr(Element e, String key) {
        return Parser.NamespaceHtml.equals(e.tag().namespace()) ? e.attributes().get(key) : e.attr(key);
    }

    private static boolean hasClass(String cls, String name) {
        int i = cls.indexOf(name);
        return i >= 0 && (i == 0 || cls.charAt(i - 1) == ' ')
                && (i + name.length() == cls.length() || cls.charAt(i + name.length()) == ' ');
    }

    /** A class attribute that names a byline by a whole token ({@code byline}, {@code article-byline}, ...). */
    static boolean isByline(String cls) {
        if (cls.indexOf("yline") < 0 && cls.indexOf("YLINE") < 0) {
            return false;
        }
        for (String token : cls.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.equals("byline") || token.endsWith("-byline") || token.endsWith("_byline")
                    || token.startsWith("byline-") && !token.contains("date") && !token.contains("time")) {
                return true;
            }
        }
        return false;
    }

    private void metaTag(Element m) {
        String content = m.attr("content");
        if (content.isBlank()) {
            return;
        }
        for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            String key = m.attr(attr).toLowerCase(Locale.ROOT).strip();
            if (!key.isEmpty()) {
                meta.putIfAbsent(key, content);
            }
        }
    }

    private void script(Element s) {
        if (s.attr("type").equalsIgnoreCase("application/ld+json")) {
            jsonLd.add(s.data());
        }
    }

    private void canonical(Element link) {
        if (canonical == null && link.attr("rel").equalsIgnoreCase("canonical") && link.hasAttr("href")) {
            canonical = link;
        }
    }

    /** name / property / itemprop / http-equiv of each {@code <meta>} (lower case) to its first content. */
    public Map<String, String> meta() {
        return meta;
    }

    /** The text of each {@code application/ld+json} script, in page order. */
    public List<String> jsonLd() {
        return jsonLd;
    }

    /** The text of each element marked as an author's name ({@code rel=author}, {@code itemprop=author name}...). */
    public List<String> authorNames() {
        return authorNames;
    }

    /** The text of each short element whose class names it a byline ("By Jane Doe and John Roe"). */
    public List<String> bylines() {
        return bylines;
    }

    /** The {@code main} and {@code article} elements and those marked {@code itemprop=articleBody}, in page order. */
    public List<Element> contentAnchors() {
        return contentAnchors;
    }

    /** The first {@code h1}, or null. */
    public Element h1() {
        return h1;
    }

    /** The first {@code time} with a {@code datetime}, or null. */
    public Element time() {
        return time;
    }

    /** The first {@code link rel=canonical} with an {@code href}, or null. */
    public Element canonical() {
        return canonical;
    }

    /** How many elements the page has. */
    public int elements() {
        return elements;
    }

    /** The deepest element nesting. */
    public int maxDepth() {
        return maxDepth;
    }
}
