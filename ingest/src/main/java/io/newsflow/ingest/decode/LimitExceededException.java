package io.newsflow.ingest.decode;

import java.io.IOException;

/** More bytes came out of an input than its limit allows. */
final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    LimitExceededException(long limit) {
        super("more than " + limit + " bytes", null);
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
