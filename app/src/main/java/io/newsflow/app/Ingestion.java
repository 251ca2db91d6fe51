package io.newsflow.app;

import io.newsflow.ingest.FolderIngestor;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ingest.Replayer;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.model.config.NewsflowConfig;
import java.nio.file.Path;
import java.time.Clock;
import io.newsflow.ingest.web.WebIngestor;
import io.newsflow.ingest.web.WebStats;
import io.newsflow.model.config.WebSettings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens ingest's services on a command's Kafka. */
final class Ingestion {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);
    private static final PublishOptions PUBLISH = new PublishOptions(1000, TopicSetup.MAX_MESSAGE_BYTES);

    private Ingestion() {
    }

    /** The folder ingestor: one per deployment, so its transactional id fences a crashed predecessor. */
    static FolderIngestor folders(KafkaRuntime kafka) {
        NewsflowConfig config = kafka.config();
        return FolderIngestor.open(config.ingest(), target(kafka), config.kafka().applicationId() + "-ingest",
                PUBLISH, Clock.systemUTC());
    }

    /**
     * A replayer whose transactional id follows from the inputs: rerunning an interrupted replay of the same
     * inputs aborts the transaction it left open, while replays of other inputs can run beside it.
     */
    static Replayer replayer(KafkaRuntime kafka, List<Path> inputs) {
        NewsflowConfig config = kafka.config();
        String key = Integer.toHexString(inputs.stream().map(p -> p.toAbsolutePath().normalize().toString())
                .toList().hashCode());
        return Replayer.open(config.ingest(), target(kafka), config.kafka().applicationId() + "-replay-" + key,
                PUBLISH, Clock.systemUTC());
    }

    static void log(String what, IngestStats stats) {
        LOG.info("{}: {} files ({} published, {} already ingested, {} ignored), {} records: {} to raw, {} rejected",
                what, stats.filesSeen(), stats.filesPublished(), stats.filesSkipped(), stats.filesIgnored(),
                stats.records(), stats.recordsAccepted(), stats.recordsRejected());
    }

    /**
     * The web ingestor when web sources are configured (web.sources, web.sources-file, --feed), else empty.
     * Several instances split the sources by web.instance-index; each has its own transactional id.
     */
    static Optional<WebIngestor> web(KafkaRuntime kafka) {
        NewsflowConfig config = kafka.config();
        WebSettings web = config.web();
        if (web.sources().isEmpty() && web.sourcesFile() == null) {
            return Optional.empty();
        }
        return Optional.of(WebIngestor.open(web, target(kafka),
                config.kafka().applicationId() + "-web-" + web.instanceIndex(), PUBLISH, Clock.systemUTC()));
    }

    static void log(WebStats stats) {
        LOG.info("fetched: {} polls ({} not modified, {} failed), {} new items, {} pages published, {} rejected, "
                        + "{} requests", stats.polls(), stats.notModified(), stats.failedPolls(), stats.itemsNew(),
                stats.pagesPublished(), stats.pagesRejected(), stats.requests());
    }

    /** Why a continuous ingest loop stopped, or null while it runs. */
    static String failure(CompletableFuture<Void> failure, String what) {
        Throwable cause = failure.handle((ok, error) -> error).getNow(null);
        return cause == null ? null : what + " stopped: " + cause.getMessage();
    }

    private static KafkaTarget target(KafkaRuntime kafka) {
        return KafkaTarget.of(kafka.config().kafka(), kafka.bootstrapServers());
    }
}
