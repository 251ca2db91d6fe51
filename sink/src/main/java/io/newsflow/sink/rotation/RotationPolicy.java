package io.newsflow.sink.rotation;

import io.newsflow.model.Checks;
import io.newsflow.model.config.SinkSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Decides when an open file is closed and a new one started. Time comes from the caller's clock. */
@FunctionalInterface
public interface RotationPolicy {
    boolean shouldRotate(FileStats file, Instant now);

    /** Closes a file once it holds {@code max} records. */
    static RotationPolicy maxRecords(long max) {
        Checks.positive(max, "max");
        return (file, now) -> file.records() >= max;
    }

    /** Closes a file once it holds {@code max} bytes (a single larger record makes a file of its own). */
    static RotationPolicy maxBytes(long max) {
        Checks.positive(max, "max");
        return (file, now) -> file.bytes() >= max;
    }

    /** Closes a file once it has been open for {@code max}, so readers see records soon. */
    static RotationPolicy maxAge(Duration max) {
        Checks.notNull(max, "max");
        return (file, now) -> !now.isBefore(file.openedAt().plus(max));
    }

    /** Closes a file when any of {@code policies} says so. */
    static RotationPolicy anyOf(RotationPolicy... policies) {
        List<RotationPolicy> all = List.of(policies);
        return (file, now) -> all.stream().anyMatch(p -> p.shouldRotate(file, now));
    }

    /** The settings' policy: records, bytes or age, whichever comes first. */
    static RotationPolicy of(SinkSettings settings) {
        Checks.notNull(settings, "settings");
        return anyOf(maxRecords(settings.maxRecords()), maxBytes(settings.maxBytes()),
                maxAge(settings.flushInterval()));
    }
}
