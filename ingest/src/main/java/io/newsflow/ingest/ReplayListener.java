package io.newsflow.ingest;

/** Told a replay's progress after every commit, so a command line can show it on long runs. */
@FunctionalInterface
public interface ReplayListener {
    ReplayListener NONE = progress -> { };

    void progress(ReplayProgress progress);
}
