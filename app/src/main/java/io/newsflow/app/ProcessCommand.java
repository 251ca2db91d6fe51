package io.newsflow.app;

import io.newsflow.app.http.Monitoring;
import io.newsflow.processing.ProcessingService;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The processing stage alone. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Run the processing stage alone (clean, deduplicate, tag: raw -> articles, duplicates, "
                + "rejected) until Ctrl-C / SIGTERM. Run several for more throughput: they share the work.")
final class ProcessCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Mixin
    TaggingOptions tagging;

    @Mixin
    HttpOptions http;

    @Override
    @SuppressWarnings("try") // the monitoring resource runs beside the stages and closes with them
    public Integer call() throws InterruptedException {
        java.util.Map<String, Object> overrides = new java.util.HashMap<>();
        tagging.addTo(overrides);
        http.addTo(overrides);
        try (Lifecycle lifecycle = new Lifecycle();
             KafkaRuntime runtime = KafkaRuntime.open(kafka.load(overrides));
             ProcessingService processing = Stages.processing(runtime);
             Monitoring monitoring = Monitors.of("process", runtime).processing(processing).start()) {
            processing.start();
            String failure = lifecycle.awaitStop(() -> processing.state() == KafkaStreams.State.ERROR
                    ? "the processing stage stopped with an error" : null);
            processing.close();
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return ExitCodes.OK;
        }
    }
}
