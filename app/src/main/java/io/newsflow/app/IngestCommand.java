package io.newsflow.app;

import io.newsflow.app.http.Monitoring;
import io.newsflow.ingest.FolderIngestor;
import io.newsflow.ingest.web.WebIngestor;
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
        description = "Run the ingest stage alone: publish new and changed files of the inputs, and new pages of "
                + "the web sources, to the raw topic until Ctrl-C / SIGTERM (each file and page once, also across "
                + "restarts).")
final class IngestCommand implements Callable<Integer> {
    @Option(names = "--once", description = "Scan the inputs and poll the web sources once, publish, and exit")
    boolean once;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    InputOptions input;

    @Mixin
    HttpOptions http;

    @Override
    @SuppressWarnings("try") // the monitoring resource runs beside the stages and closes with them
    public Integer call() throws InterruptedException {
        Map<String, Object> overrides = new HashMap<>();
        input.addTo(overrides);
        http.addTo(overrides);
        try (Lifecycle lifecycle = new Lifecycle();
             KafkaRuntime runtime = KafkaRuntime.open(input.withFeeds(kafka.load(overrides)));
             FolderIngestor ingest = Ingestion.folders(runtime);
             WebIngestor web = Ingestion.web(runtime).orElse(null);
             Monitoring monitoring = once && !http.given() ? null
                     : Monitors.of("ingest", runtime).ingest(ingest).web(web).start()) {
            if (once) {
                Ingestion.log("ingested", ingest.scanOnce());
                if (web != null) {
                    Ingestion.log(web.pollOnce());
                }
                return ExitCodes.OK;
            }
            ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> new Thread(r, "ingest"));
            try {
                ingest.start(scheduler);
                if (web != null) {
                    web.start(scheduler);
                }
                String failure = lifecycle.awaitStop(() -> {
                    String files = Ingestion.failure(ingest.failure(), "ingest");
                    return files != null || web == null ? files : Ingestion.failure(web.failure(), "web ingest");
                });
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
