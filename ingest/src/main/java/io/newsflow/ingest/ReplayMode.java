package io.newsflow.ingest;

/** Whether a replay publishes its inputs again or finishes an interrupted replay of them. */
public enum ReplayMode {
    /** Publish every record of the inputs again, on purpose (they come out as duplicates): a new replay run. */
    NEW,
    /**
     * Finish the last replay of the same inputs if it was interrupted: files it completed are skipped, a file it
     * was in the middle of continues after its last committed line; when the last replay finished (or there was
     * none), nothing is left to do (or, with none, a new run starts).
     */
    RESUME
}
