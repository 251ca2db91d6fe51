package io.newsflow.app;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the sink writes. */
final class OutputOptions {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder: articles/, duplicates/ and rejected/ go under it (default: out)")
    Path out;

    @Option(names = "--partition-by", paramLabel = "none|date|category|source",
            description = "Sub-folders of each output folder (default: none)")
    String partitionBy;

    @Option(names = "--compression", paramLabel = "none|gzip", description = "gzip writes .jsonl.gz (default: none)")
    String compression;

    void addTo(Map<String, Object> overrides) {
        KafkaOptions.put(overrides, "sink.out-dir", out == null ? null : out.toString());
        KafkaOptions.put(overrides, "sink.partition-by", partitionBy);
        KafkaOptions.put(overrides, "sink.compression", compression);
    }
}
