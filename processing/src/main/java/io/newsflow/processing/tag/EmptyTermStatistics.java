package io.newsflow.processing.tag;

/** No documents seen yet. */
enum EmptyTermStatistics implements TermStatistics {
    INSTANCE;

    @Override
    public long documents() {
        return 0;
    }

    @Override
    public long documentFrequency(String term) {
        return 0;
    }
}
