package io.newsflow.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** What ingest reads in a continuous or --once run. */
final class InputOptions {
    @Option(names = "--input", paramLabel = "PATH",
            description = "A file or folder to ingest; repeatable (default: seeds). Each file is published once, "
                    + "also across restarts; changed files again.")
    List<Path> inputs;

    void addTo(Map<String, Object> overrides) {
        if (inputs != null && !inputs.isEmpty()) {
            overrides.put("ingest.inputs", inputs.stream().map(Path::toString).toList());
        }
    }
}
