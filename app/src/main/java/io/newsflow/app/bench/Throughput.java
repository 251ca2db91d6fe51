package io.newsflow.app.bench;

import java.time.Duration;

/**
 * Records moved in a measured time.
 *
 * @param records records
 * @param bytes   content bytes of those records
 * @param elapsed the measured time
 */
public record Throughput(long records, long bytes, Duration elapsed) {
    public double recordsPerSecond() {
        return perSecond(records);
    }

    public double megabytesPerSecond() {
        return perSecond(bytes) / (1024 * 1024);
    }

    public double seconds() {
        return elapsed.toNanos() / 1e9;
    }

    private double perSecond(double amount) {
        return elapsed.isZero() ? 0 : amount / seconds();
    }
}
