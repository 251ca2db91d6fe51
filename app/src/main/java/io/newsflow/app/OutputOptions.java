package io.newsflow.app;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the sink writes. */
final class OutputOptions {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder: articles/, duplicates/ and rejected/ go under it (default: out)")
    Path out;

    void addTo(Map<String, Object> overrides) {
        KafkaOptions.put(overrides, "sink.out-dir", out == null ? null : out.toString());
    }
}
