package io.newsflow.ingest.web;

import io.newsflow.model.config.WebSettings;
import io.newsflow.model.config.WebSource;
import java.time.Duration;
import java.util.List;

/** Settings for tests: 127.0.0.1 allowed, no host delay, short timeouts. */
final class WebTestSettings {
    private WebTestSettings() {
    }

    static WebSettings with(List<WebSource> sources) {
        return with(sources, Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    static WebSettings with(List<WebSource> sources, Duration delay, Duration readTimeout, Duration totalTimeout) {
        WebSettings d = WebSettings.DEFAULT;
        return new WebSettings(sources, null, d.sourcesReload(), List.of("127.0.0.1/32"), "newsflow-test/1.0",
                "https://newsflow.example/crawler", Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(24),
                delay, d.maxDelay(), Duration.ofSeconds(2), readTimeout, totalTimeout, 1024 * 1024, 5, 3,
                d.robotsCacheFor(), d.rememberFor(), 1000, 0, 1);
    }
}
