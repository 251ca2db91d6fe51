package io.newsflow.app;

import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.state.FetchState;
import io.newsflow.ingest.state.FetchStateEntry;
import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.config.WebSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** What the web ingest knows of each source, read from the fetch-state topic: any process can ask. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List the web sources (web.sources, web.sources-file, --feed) with their last poll, its "
                + "outcome, the next poll and the items seen, as recorded in Kafka by whichever instance polls them.")
final class SourcesCommand implements Callable<Integer> {
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(60);

    @Mixin
    KafkaOptions kafka;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        Map<String, Object> overrides = new HashMap<>();
        input.addTo(overrides);
        NewsflowConfig config = input.withFeeds(kafka.load(overrides));
        try (KafkaRuntime runtime = KafkaRuntime.open(config)) {
            FetchState state = FetchState.load(KafkaTarget.of(config.kafka(), runtime.bootstrapServers()),
                    LOAD_TIMEOUT, config.web().rememberFor(), Clock.systemUTC());
            print(sources(config), state, System.out);
            return ExitCodes.OK;
        }
    }

    private static List<WebSource> sources(NewsflowConfig config) {
        List<WebSource> all = new ArrayList<>(config.web().sources());
        if (config.web().sourcesFile() != null) {
            all.addAll(io.newsflow.model.config.ConfigLoader.readSources(config.web().sourcesFile()));
        }
        return all;
    }

    private static void print(List<WebSource> sources, FetchState state, PrintStream out) {
        if (sources.isEmpty()) {
            out.println("no web sources configured (web.sources, web.sources-file or --feed)");
            return;
        }
        out.printf("%-8s %-24s %-10s %-24s %6s  %s%n", "TYPE", "LAST POLL", "OUTCOME", "NEXT POLL", "ITEMS", "URL");
        for (WebSource source : sources) {
            Optional<FetchStateEntry> entry = state.source(source.url());
            out.printf("%-8s %-24s %-10s %-24s %6s  %s%n", source.type().toString().toLowerCase(),
                    entry.map(e -> e.fetchedAt().toString()).orElse("never"),
                    entry.map(FetchStateEntry::outcome).orElse("-"),
                    entry.map(e -> e.nextPollAt() == null ? "-" : e.nextPollAt().toString()).orElse("now"),
                    entry.map(e -> String.valueOf(e.itemIds().size())).orElse("-"), source.url());
        }
    }
}
