package io.newsflow.app;

import java.util.Map;
import picocli.CommandLine.Option;

/** The HTTP endpoint's port: health, metrics and the status page. */
final class HttpOptions {
    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve /health, /metrics and the status page on this port, 0 for none "
                    + "(default: http.port, 8080; a --once run serves only when this is given)")
    Integer port;

    void addTo(Map<String, Object> overrides) {
        KafkaOptions.put(overrides, "http.port", port);
    }

    boolean given() {
        return port != null;
    }
}
