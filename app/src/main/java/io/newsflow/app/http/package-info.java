/**
 * The HTTP endpoint of a newsflow process, on the JDK's built-in server: {@code /health} (with
 * {@code /health/live} and {@code /health/ready}), {@code /metrics} (Prometheus text), {@code /api/status} (JSON)
 * and the live status page at {@code /} (plain HTML, CSS and JavaScript from {@code status/} on the classpath).
 * {@link io.newsflow.app.http.Monitoring} wires it to the stages a process runs.
 */
package io.newsflow.app.http;
