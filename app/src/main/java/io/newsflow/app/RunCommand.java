package io.newsflow.app;

import io.newsflow.app.http.Monitoring;
import io.newsflow.ingest.FolderIngestor;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ingest.web.WebIngestor;
import io.newsflow.ingest.web.WebStats;
import io.newsflow.model.config.Durations;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.kafka.TopicNames;
import io.newsflow.processing.ProcessingService;
import io.newsflow.sink.SinkService;
import io.newsflow.sink.SinkStats;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The whole pipeline in one process. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run ingest, processing and sink in one process, on the embedded broker unless "
                + "--bootstrap-servers is given, until Ctrl-C / SIGTERM (graceful: flush, commit, close).",
                "With --once: ingest the inputs, wait until every record is processed and written, and exit."})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--once", description = "Exit when every input record has been processed and written")
    boolean once;

    @Option(names = "--once-timeout", paramLabel = "DURATION", defaultValue = "10m",
            description = "Give up a --once run after this long, exit code 5 (default: ${DEFAULT-VALUE})")
    String onceTimeout;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Mixin
    TaggingOptions tagging;

    @Mixin
    HttpOptions http;

    @Override
    @SuppressWarnings("try") // the monitoring resource runs beside the stages and closes with them
    public Integer call() throws Exception {
        Map<String, Object> overrides = new HashMap<>();
        input.addTo(overrides);
        output.addTo(overrides);
        tagging.addTo(overrides);
        http.addTo(overrides);
        NewsflowConfig config = input.withFeeds(kafka.load(overrides));
        Duration timeout = Durations.parse(onceTimeout);
        try (Lifecycle lifecycle = new Lifecycle();
             KafkaRuntime runtime = KafkaRuntime.open(config);
             SinkService sink = Stages.sink(runtime);
             ProcessingService processing = Stages.processing(runtime);
             FolderIngestor ingest = Ingestion.folders(runtime);
             WebIngestor web = Ingestion.web(runtime).orElse(null);
             Monitoring monitoring = once && !http.given() ? null : Monitors.of("run", runtime)
                     .ingest(ingest).web(web).processing(processing).sink(sink).start()) {
            processing.start();
            Thread sinkThread = new Thread(sink, "sink");
            sinkThread.start();
            if (once) {
                IngestStats stats = ingest.scanOnce();
                Ingestion.log("ingested", stats);
                WebStats fetched = web == null ? WebStats.NONE : web.pollOnce();
                if (web != null) {
                    Ingestion.log(fetched);
                }
                new OnceCompletion(runtime, processing.applicationId(), sink).await(timeout);
                printSummary(stats, fetched, sink.stats(), config);
                return ExitCodes.OK;
            }
            ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2,
                    r -> new Thread(r, "ingest"));
            try {
                ingest.start(scheduler);
                if (web != null) {
                    web.start(scheduler);
                }
                String failure = lifecycle.awaitStop(() -> failure(processing, sink, ingest, web));
                if (failure != null) {
                    throw new IllegalStateException(failure);
                }
                return ExitCodes.OK;
            } finally {
                scheduler.shutdown();
            }
        }
    }

    private static String failure(ProcessingService processing, SinkService sink, FolderIngestor ingest,
                                  WebIngestor web) {
        if (processing.state() == KafkaStreams.State.ERROR) {
            return "the processing stage stopped with an error";
        }
        if (sink.failure().isPresent()) {
            return sink.failure().get().getMessage();
        }
        String files = Ingestion.failure(ingest.failure(), "ingest");
        return files != null || web == null ? files : Ingestion.failure(web.failure(), "web ingest");
    }

    private static void printSummary(IngestStats in, WebStats fetched, SinkStats out, NewsflowConfig config) {
        TopicNames names = config.kafka().topicNames();
        String web = fetched.polls() == 0 ? "" : String.format(" and %d pages from %d feed polls", fetched.pagesPublished()
                + fetched.pagesRejected(), fetched.polls());
        System.out.printf("newsflow: read %d records from %d new files (%d files already ingested)%s; wrote %d articles,"
                        + " %d duplicates, %d rejected under %s%n",
                in.records(), in.filesPublished(), in.filesSkipped(), web,
                out.recordsWritten().getOrDefault(names.articles(), 0L),
                out.recordsWritten().getOrDefault(names.duplicates(), 0L),
                out.recordsWritten().getOrDefault(names.rejected(), 0L) + out.deadLetters(),
                config.sink().outDir());
    }
}
