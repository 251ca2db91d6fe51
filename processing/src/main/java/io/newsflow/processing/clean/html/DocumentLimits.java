package io.newsflow.processing.clean.html;

import io.newsflow.processing.clean.CleanLimits;
import io.newsflow.processing.clean.ContentRefusedException;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Refuses a parsed page deeper or larger than the limits, in one iterative walk that stops at the first excess. */
final class DocumentLimits implements NodeFilter {
    private final CleanLimits limits;
    private int elements;
    private String excess;

    private DocumentLimits(CleanLimits limits) {
        this.limits = limits;
    }

    static void check(Element root, CleanLimits limits) throws ContentRefusedException {
        DocumentLimits walk = new DocumentLimits(limits);
        NodeTraversor.filter(walk, root);
        if (walk.excess != null) {
            throw new ContentRefusedException(walk.excess);
        }
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (depth > limits.maxDepth()) {
            excess = "HTML nested deeper than " + limits.maxDepth() + " elements";
            return FilterResult.STOP;
        }
        if (++elements > limits.maxElements()) {
            excess = "HTML has more than " + limits.maxElements() + " elements";
            return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
    }
}
