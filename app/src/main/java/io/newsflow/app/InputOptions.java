package io.newsflow.app;

import io.newsflow.model.config.NewsflowConfig;
import io.newsflow.model.config.WebSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** What ingest reads in a continuous or --once run: folders, and web feeds. */
final class InputOptions {
    @Option(names = "--input", paramLabel = "PATH",
            description = "A file or folder to ingest; repeatable (default: seeds). Each file is published once, "
                    + "also across restarts; changed files again.")
    List<Path> inputs;

    @Option(names = "--feed", paramLabel = "URL",
            description = "An RSS, Atom or JSON feed to poll (repeatable); its new items' pages are fetched. "
                    + "Adds to web.sources of the configuration.")
    List<String> feeds;

    @Option(names = "--allow-network", paramLabel = "CIDR",
            description = "Let the fetcher reach this otherwise refused internal network, e.g. 127.0.0.1/32 "
                    + "(repeatable)")
    List<String> allowNetworks;

    void addTo(Map<String, Object> overrides) {
        if (inputs != null && !inputs.isEmpty()) {
            overrides.put("ingest.inputs", inputs.stream().map(Path::toString).toList());
        }
        if (allowNetworks != null && !allowNetworks.isEmpty()) {
            overrides.put("web.allow-networks", allowNetworks);
        }
    }

    /** The configured web sources plus the --feed ones. */
    NewsflowConfig withFeeds(NewsflowConfig config) {
        if (feeds == null || feeds.isEmpty()) {
            return config;
        }
        List<WebSource> sources = new ArrayList<>(config.web().sources());
        feeds.forEach(url -> sources.add(WebSource.feed(url)));
        return config.withWeb(config.web().withSources(sources));
    }
}
