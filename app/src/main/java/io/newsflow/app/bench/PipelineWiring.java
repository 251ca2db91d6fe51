package io.newsflow.app.bench;

import java.util.Map;

/**
 * Opens the pipeline's stages the way the {@code run} command wires them, on a configuration made of the
 * user's configuration plus {@code overrides} (dotted keys, as on the command line). The app implements it, so
 * the benchmark measures exactly the services users run.
 */
@FunctionalInterface
public interface PipelineWiring {
    /** Loads the configuration, creates its topics, and returns a handle to build the stages from. */
    PipelineStages open(Map<String, Object> overrides);
}
