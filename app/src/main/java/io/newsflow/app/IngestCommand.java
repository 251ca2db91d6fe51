package io.newsflow.app;

import io.newsflow.ingest.FolderIngestor;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The ingest stage alone. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Run the ingest stage alone: publish new and changed files of the inputs to the raw topic, "
                + "rescanning until Ctrl-C / SIGTERM (each file once, also across restarts).")
final class IngestCommand implements Callable<Integer> {
    @Option(names = "--once", description = "Scan the inputs once, publish, and exit")
    boolean once;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> overrides = new HashMap<>();
        input.addTo(overrides);
        try (Lifecycle lifecycle = new Lifecycle();
             KafkaRuntime runtime = KafkaRuntime.open(kafka.load(overrides));
             FolderIngestor ingest = Ingestion.folders(runtime)) {
            if (once) {
                Ingestion.log("ingested", ingest.scanOnce());
                return ExitCodes.OK;
            }
            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                    r -> new Thread(r, "ingest-scan"));
            try {
                ingest.start(scheduler);
                String failure = lifecycle.awaitStop(() -> Ingestion.failure(ingest));
                if (failure != null) {
                    throw new IllegalStateException(failure);
                }
                Ingestion.log("ingested in total", ingest.totals());
                return ExitCodes.OK;
            } finally {
                scheduler.shutdown();
            }
        }
    }
}
