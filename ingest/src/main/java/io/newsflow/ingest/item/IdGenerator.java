package io.newsflow.ingest.item;

/** Makes ids for records that do not bring their own. */
@FunctionalInterface
public interface IdGenerator {
    /** A new id, unique across processes and restarts. */
    String next();
}
