package io.newsflow.app;

import io.newsflow.app.http.Monitoring;
import io.newsflow.sink.SinkService;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The sink stage alone. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Run the sink stage alone (articles, duplicates, rejected -> rotated JSONL files, exactly "
                + "once) until Ctrl-C / SIGTERM.")
final class SinkCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Mixin
    OutputOptions output;

    @Mixin
    HttpOptions http;

    @Override
    @SuppressWarnings("try") // the monitoring resource runs beside the stages and closes with them
    public Integer call() throws InterruptedException {
        Map<String, Object> overrides = new HashMap<>();
        output.addTo(overrides);
        http.addTo(overrides);
        try (Lifecycle lifecycle = new Lifecycle();
             KafkaRuntime runtime = KafkaRuntime.open(kafka.load(overrides));
             SinkService sink = Stages.sink(runtime);
             Monitoring monitoring = Monitors.of("sink", runtime).sink(sink).start()) {
            Thread thread = new Thread(sink, "sink");
            thread.start();
            String failure = lifecycle.awaitStop(() -> sink.failure().map(Throwable::getMessage).orElse(null));
            sink.close();
            thread.join();
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return ExitCodes.OK;
        }
    }
}
