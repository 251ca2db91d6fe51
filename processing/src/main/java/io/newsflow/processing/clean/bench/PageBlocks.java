package io.newsflow.processing.clean.bench;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a page into the pieces an extractor chooses among: the text of each block element (the nearest block
 * ancestor of each text node, inline markup flattened), in document order, each with what it sits in. Not the
 * cleaner's own segmentation: a plain, neutral one, so that {@link BlockOracle} measures the page, not our rules.
 */
final class PageBlocks {
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "head",
            "iframe", "select", "option", "button", "title");

    /** One block: its text, and the tag names of it and its ancestors up to the body, innermost first. */
    record Block(String text, List<String> path) {
        boolean within(String tag) {
            return path.contains(tag);
        }
    }

    private PageBlocks() {
    }

    static List<Block> of(Document page) {
        Map<Element, StringBuilder> texts = new LinkedHashMap<>();
        NodeTraversor.traverse(collector(texts), page.body());
        List<Block> blocks = new ArrayList<>();
        texts.forEach((element, text) -> {
            String flat = text.toString().replaceAll("\\s+", " ").strip();
            if (!flat.isEmpty()) {
                blocks.add(new Block(flat, path(element)));
            }
        });
        return blocks;
    }

    private static NodeVisitor collector(Map<Element, StringBuilder> texts) {
        Map<Node, Boolean> hidden = new IdentityHashMap<>();
        return new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                Node parent = node.parent();
                if (parent != null && (hidden.containsKey(parent)
                        || node instanceof Element e && INVISIBLE.contains(e.normalName()))) {
                    hidden.put(node, Boolean.TRUE);
                } else if (node instanceof TextNode text) {
                    texts.computeIfAbsent(block(text), k -> new StringBuilder()).append(text.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    StringBuilder outer = texts.get(block(e));
                    if (outer != null) {
                        outer.append(' '); // a nested block or a break ends the word before it
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                hidden.remove(node);
            }
        };
    }

    private static Element block(Node node) {
        Element e = node.parent() instanceof Element p ? p : (Element) node;
        while (!e.isBlock() && e.parent() != null) {
            e = e.parent();
        }
        return e;
    }

    private static List<String> path(Element element) {
        List<String> path = new ArrayList<>();
        for (Element e = element; e != null && !e.normalName().equals("body"); e = e.parent()) {
            path.add(e.normalName());
        }
        return path;
    }
}
