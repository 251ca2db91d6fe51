package io.newsflow.processing.clean.html;

import org.jsoup.nodes.Element;

/** The in-article cleaner on one box, as the extractor's strict pass runs it: blocks measured first, then cleaned. */
final class CleanedBox {
    private CleanedBox() {
    }

    /** Cleans {@code box} in place and returns it. */
    static Element of(Element box) {
        TextStats stats = new TextStats();
        BlockSumSelector.choose(box, stats);
        ContentCleaner.clean(box, stats, null);
        return box;
    }
}
