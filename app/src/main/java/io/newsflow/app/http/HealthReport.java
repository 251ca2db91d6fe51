package io.newsflow.app.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The process's health: live when no check is DOWN, ready when every check is UP.
 *
 * @param status UP (ready), NOT_READY or DOWN
 * @param live   whether the process is alive (restart it when not)
 * @param ready  whether it does its work
 * @param checks each check by name
 */
public record HealthReport(Probe.Status status, boolean live, boolean ready, Map<String, Probe> checks) {
    public HealthReport {
        checks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    public static HealthReport of(List<HealthCheck> checks) {
        Map<String, Probe> results = new LinkedHashMap<>();
        checks.forEach(check -> results.put(check.name(), check.run()));
        boolean live = results.values().stream().noneMatch(p -> p.status() == Probe.Status.DOWN);
        boolean ready = results.values().stream().allMatch(p -> p.status() == Probe.Status.UP);
        Probe.Status status = ready ? Probe.Status.UP : live ? Probe.Status.NOT_READY : Probe.Status.DOWN;
        return new HealthReport(status, live, ready, results);
    }
}
