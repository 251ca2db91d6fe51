package io.newsflow.app.metrics;

import io.newsflow.model.Checks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The newest articles seen on the articles topic, newest first, at most {@code capacity} of them. */
public final class LatestArticles {
    private final int capacity;
    private final Deque<ArticleSummary> articles = new ArrayDeque<>();

    public LatestArticles(int capacity) {
        this.capacity = Checks.positive(capacity, "capacity");
    }

    public synchronized void add(ArticleSummary article) {
        articles.addFirst(Checks.notNull(article, "article"));
        if (articles.size() > capacity) {
            articles.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<ArticleSummary> list() {
        return List.copyOf(new ArrayList<>(articles));
    }
}
