package io.newsflow.ingest.web;

/**
 * How instances split the sources: an instance polls the sources whose URL's hash, modulo
 * {@code web.instance-count}, is its {@code web.instance-index}. {@link String#hashCode()} is specified, so
 * every instance computes the same split. Changing the count moves sources between instances; the shared
 * fetch-state topic means a moved source's pages are not fetched again (its new owner reads the state at start).
 */
final class SourceAssignment {
    private SourceAssignment() {
    }

    static boolean mine(String url, int index, int count) {
        return Math.floorMod(url.hashCode(), count) == index;
    }
}
