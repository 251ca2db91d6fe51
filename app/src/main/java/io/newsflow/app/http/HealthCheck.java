package io.newsflow.app.http;

import io.newsflow.model.Checks;
import java.util.function.Supplier;

/**
 * A named health check. It must answer at once (no network call): checks that need the network read what a
 * background refresh found.
 *
 * @param name  what is checked: {@code broker}, {@code processing}, {@code sink}, {@code ingest}, {@code web}
 * @param probe the check
 */
public record HealthCheck(String name, Supplier<Probe> probe) {
    public HealthCheck {
        Checks.notBlank(name, "name");
        Checks.notNull(probe, "probe");
    }

    /** Runs the check; a check that throws is DOWN with the error as detail. */
    public Probe run() {
        try {
            return probe.get();
        } catch (RuntimeException e) {
            return Probe.down(name + " check failed: " + e);
        }
    }
}
