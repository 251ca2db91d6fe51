package io.newsflow.processing.clean;

import io.newsflow.model.RawArticle;

/** Reads the body and metadata out of one format of page (plain text, HTML). */
public interface PageExtractor {
    /**
     * @throws ContentRefusedException when the content is beyond the limits (depth, size) this extractor accepts
     */
    Extraction extract(RawArticle raw) throws ContentRefusedException;
}
