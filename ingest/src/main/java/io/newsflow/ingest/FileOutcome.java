package io.newsflow.ingest;

/**
 * What publishing one file did in this run.
 *
 * @param accepted records sent to the raw topic
 * @param rejected records sent to the rejected topic
 * @param finished false when a stop request ended it at a commit, before the end of the file
 */
record FileOutcome(long accepted, long rejected, boolean finished) {
    long records() {
        return accepted + rejected;
    }
}
