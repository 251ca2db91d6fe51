package io.newsflow.ingest.feed;

/** The feed dialects read. */
public enum FeedFormat {
    RSS_0_9X,
    RSS_1_0,
    RSS_2_0,
    ATOM_1_0,
    JSON_FEED
}
