package io.newsflow.app.bench;

import io.newsflow.ingest.FolderIngestor;
import io.newsflow.ingest.Replayer;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.processing.ProcessingService;
import io.newsflow.sink.SinkService;
import java.nio.file.Path;
import java.util.List;

/**
 * The stages of one configuration, on Kafka whose topics exist. The caller closes each service it builds, then
 * this handle.
 */
public interface PipelineStages extends AutoCloseable {
    /** The effective configuration, with {@code kafka.bootstrap-servers} set. */
    NewsflowConfig config();

    ProcessingService processing();

    SinkService sink();

    /** The folder ingestor of {@code ingest.inputs}, with its ledger. */
    FolderIngestor folders();

    /** A replayer, with a transactional id that follows from {@code inputs}. */
    Replayer replayer(List<Path> inputs);

    @Override
    void close();
}
