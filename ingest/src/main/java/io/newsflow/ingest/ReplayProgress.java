package io.newsflow.ingest;

import java.time.Duration;

/**
 * How far a replay is.
 *
 * @param filesDone  files published completely
 * @param filesTotal files to publish
 * @param accepted   records published to the raw topic so far
 * @param rejected   records published to the rejected topic so far
 * @param elapsed    time since the replay started
 */
public record ReplayProgress(int filesDone, int filesTotal, long accepted, long rejected, Duration elapsed) {

    public long records() {
        return accepted + rejected;
    }

    /** Records per second since the start; 0 before any time passed. */
    public double recordsPerSecond() {
        long millis = elapsed.toMillis();
        return millis <= 0 ? 0 : records() * 1000.0 / millis;
    }
}
