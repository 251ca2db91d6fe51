package io.newsflow.processing.clean.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A journal of the nodes a pass removed from a page, so that a second pass can run on the page as parsed without
 * parsing it again: {@link #restore()} puts every node back where it was, last removed first.
 */
final class Removals {
    private record Removed(Node node, Element parent, int index) {
    }

    private final List<Removed> removed = new ArrayList<>();

    /** Removes {@code node} from its parent element, remembering where it was; a node without one stays. */
    void remove(Node node) {
        if (node.parentNode() instanceof Element parent) {
            removed.add(new Removed(node, parent, node.siblingIndex()));
            node.remove();
        }
    }

    /** Puts every removed node back in place. */
    void restore() {
        for (int i = removed.size() - 1; i >= 0; i--) {
            Removed r = removed.get(i);
            r.parent().insertChildren(r.index(), r.node());
        }
        removed.clear();
    }
}
