package io.newsflow.app.http;

/** What the HTTP endpoint serves, computed when asked. */
public interface EndpointContent {
    /** The health checks' current outcome. */
    HealthReport health();

    /** Every metric in the Prometheus text format. */
    String metrics();

    /** The status page's data, serialised as JSON. */
    Object status();
}
