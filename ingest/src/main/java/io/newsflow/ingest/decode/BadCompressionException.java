package io.newsflow.ingest.decode;

import java.io.IOException;

/** A gzip stream is corrupt or ends before its trailer. */
public final class BadCompressionException extends IOException {
    private static final long serialVersionUID = 1L;

    BadCompressionException(IOException cause) {
        super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
    }
}
