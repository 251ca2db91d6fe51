package io.newsflow.processing.clean.dom;

import io.newsflow.model.Checks;
import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeVisitor;

/**
 * Depth-first walks that call a jsoup {@link NodeVisitor} or {@link NodeFilter} exactly as
 * {@link org.jsoup.select.NodeTraversor} does (same nodes, same order, same depths), for visitors that leave the
 * tree's structure alone while they walk (the cleaner's walks note what to remove and remove it afterwards).
 * Each parent's next child is kept by index on an explicit stack: {@code NodeTraversor} must allow for a visitor
 * that removes or replaces the node it visits, and so finds each next node by {@link Node#nextSibling()} (a look-up
 * in the parent's child list) two or three times a node, which made it about a third of the cost of a walk.
 * Iterative, so any depth is safe. Hand-written: jsoup has no walk for read-only visitors.
 */
public final class TreeWalk {
    private static final int INITIAL_DEPTH = 64;

    private Element[] parents = new Element[INITIAL_DEPTH];
    private int[] nextChild = new int[INITIAL_DEPTH];
    /** Index of the innermost open parent on the stack; -1 when the walk is done. */
    private int top = -1;

    private TreeWalk() {
    }

    /**
     * Calls {@code visitor} on {@code root} and every node under it; the visitor must not add, remove or move nodes.
     * The same loop as {@link #filter}'s, kept apart as jsoup keeps its two: running a visitor through a filter that
     * wraps it measured 0.6–1.6 % more of the cleaner's CPU.
     */
    public static void traverse(NodeVisitor visitor, Node root) {
        Checks.notNull(visitor, "visitor");
        Checks.notNull(root, "root");
        visitor.head(root, 0);
        if (!hasChildren(root)) {
            visitor.tail(root, 0);
            return;
        }
        TreeWalk walk = new TreeWalk();
        walk.push((Element) root);
        while (walk.top >= 0) {
            Node child = walk.nextChild();
            int depth = walk.top + 1;
            if (child == null) {
                visitor.tail(walk.pop(), depth - 1);
                continue;
            }
            visitor.head(child, depth);
            if (hasChildren(child)) {
                walk.push((Element) child);
            } else {
                visitor.tail(child, depth);
            }
        }
    }

    /**
     * Calls {@code filter} on {@code root} and the nodes under it, as {@link org.jsoup.select.NodeTraversor#filter}
     * does for {@code CONTINUE}, {@code SKIP_CHILDREN}, {@code SKIP_ENTIRELY} and {@code STOP}; the filter must not add,
     * remove or move nodes, and {@code REMOVE} is refused.
     */
    public static void filter(NodeFilter filter, Node root) {
        Checks.notNull(filter, "filter");
        Checks.notNull(root, "root");
        FilterResult result = checked(filter.head(root, 0));
        if (result == FilterResult.STOP || result == FilterResult.SKIP_ENTIRELY) {
            return;
        }
        if (result == FilterResult.SKIP_CHILDREN || !hasChildren(root)) {
            filter.tail(root, 0);
            return;
        }
        TreeWalk walk = new TreeWalk();
        walk.push((Element) root);
        while (walk.top >= 0) {
            Node child = walk.nextChild();
            int depth = walk.top + 1;
            if (child == null) {
                if (checked(filter.tail(walk.pop(), depth - 1)) == FilterResult.STOP) {
                    return;
                }
                continue;
            }
            result = checked(filter.head(child, depth));
            if (result == FilterResult.STOP) {
                return;
            }
            if (result == FilterResult.CONTINUE && hasChildren(child)) {
                walk.push((Element) child);
            } else if (result != FilterResult.SKIP_ENTIRELY
                    && checked(filter.tail(child, depth)) == FilterResult.STOP) {
                return;
            }
        }
    }

    private static FilterResult checked(FilterResult result) {
        if (result == FilterResult.REMOVE) {
            throw new IllegalArgumentException("a TreeWalk filter must not remove nodes while it walks");
        }
        return result;
    }

    private static boolean hasChildren(Node node) {
        return node instanceof Element e && e.childNodeSize() > 0;
    }

    private void push(Element parent) {
        if (++top == parents.length) {
            parents = Arrays.copyOf(parents, 2 * top);
            nextChild = Arrays.copyOf(nextChild, 2 * top);
        }
        parents[top] = parent;
        nextChild[top] = 0;
    }

    /** The innermost open parent's next child, or null when all have been visited. */
    private Node nextChild() {
        Element parent = parents[top];
        int i = nextChild[top];
        if (i >= parent.childNodeSize()) {
            return null;
        }
        nextChild[top] = i + 1;
        return parent.childNode(i);
    }

    private Element pop() {
        Element parent = parents[top];
        parents[top--] = null;
        return parent;
    }
}
