package io.newsflow.ingest.publish;

import io.newsflow.model.Checks;

/**
 * How ingest publishes.
 *
 * @param commitEvery     a transaction is committed after this many records, so a very large JSON Lines file
 *                        becomes visible in parts; the ingest ledger records the last committed line so a
 *                        restart goes on from there
 * @param maxMessageBytes the largest record sent (the producer's {@code max.request.size}); an article larger
 *                        as JSON goes to the rejected topic as {@code too-large}. The raw topic's
 *                        {@code max.message.bytes} must be at least this
 */
public record PublishOptions(int commitEvery, int maxMessageBytes) {
    /** 1 MiB matches Kafka's default largest message. */
    public static final PublishOptions DEFAULT = new PublishOptions(1000, 1024 * 1024);

    public PublishOptions {
        Checks.positive(commitEvery, "commitEvery");
        if (maxMessageBytes < 16 * 1024) {
            throw new IllegalArgumentException("maxMessageBytes must be 16384 or more, was " + maxMessageBytes);
        }
    }

    public PublishOptions withCommitEvery(int records) {
        return new PublishOptions(records, maxMessageBytes);
    }
}
