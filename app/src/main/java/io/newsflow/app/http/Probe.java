package io.newsflow.app.http;

import io.newsflow.model.Checks;

/**
 * The outcome of one health check.
 *
 * @param status UP; NOT_READY (alive, but not doing its work yet or now); DOWN (dead: restart it)
 * @param detail what was seen, for a person
 */
public record Probe(Status status, String detail) {
    public enum Status { UP, NOT_READY, DOWN }

    public Probe {
        Checks.notNull(status, "status");
        Checks.notNull(detail, "detail");
    }

    public static Probe up(String detail) {
        return new Probe(Status.UP, detail);
    }

    public static Probe notReady(String detail) {
        return new Probe(Status.NOT_READY, detail);
    }

    public static Probe down(String detail) {
        return new Probe(Status.DOWN, detail);
    }
}
