package io.newsflow.processing.clean.html;

import io.newsflow.processing.clean.CleanLimits;
import io.newsflow.processing.clean.ContentRefusedException;
import io.newsflow.processing.clean.meta.PageScan;

/** Refuses a parsed page deeper or larger than the limits, from the sizes its one scanning walk measured. */
final class DocumentLimits {
    private DocumentLimits() {
    }

    static void check(PageScan scan, CleanLimits limits) throws ContentRefusedException {
        if (scan.maxDepth() > limits.maxDepth()) {
            throw new ContentRefusedException("HTML nested deeper than " + limits.maxDepth() + " elements");
        }
        if (scan.elements() > limits.maxElements()) {
            throw new ContentRefusedException("HTML has more than " + limits.maxElements() + " elements");
        }
    }
}
