package io.newsflow.ingest.feed;

/** A document that is not a readable feed; the message says why (and never echoes entity contents). */
public final class FeedException extends Exception {
    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message, null, false, false);
    }
}
