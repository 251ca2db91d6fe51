package io.newsflow.model.kafka;

import io.newsflow.model.Checks;
import java.util.List;

/**
 * The names of newsflow's topics, all sharing one prefix (default {@code newsflow.}).
 *
 * @param prefix prepended to every name, may be empty
 */
public record TopicNames(String prefix) {
    public static final String DEFAULT_PREFIX = "newsflow.";
    public static final TopicNames DEFAULT = new TopicNames(DEFAULT_PREFIX);

    public TopicNames {
        Checks.notNull(prefix, "prefix");
        if (!prefix.matches("[A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("prefix may hold only letters, digits, '.', '_' and '-', was '"
                    + prefix + "'");
        }
    }

    /** Articles as ingested, before cleaning. */
    public String raw() {
        return prefix + "raw";
    }

    /** Clean, deduplicated, tagged articles. */
    public String articles() {
        return prefix + "articles";
    }

    /** Articles that repeat an earlier one. */
    public String duplicates() {
        return prefix + "duplicates";
    }

    /** The dead-letter topic: inputs that could not be processed, with the reason. */
    public String rejected() {
        return prefix + "rejected";
    }

    /** Compacted: which input files ingest has already published, so restarts do not publish them again. */
    public String ingestLedger() {
        return prefix + "ingest-ledger";
    }

    /**
     * Compacted: what web ingest fetched (page URLs) and each source's validators (ETag, Last-Modified, last item
     * ids), written in the same transaction as the records, so restarts and other instances do not fetch again.
     */
    public String fetchState() {
        return prefix + "fetch-state";
    }

    /** The topics the pipeline emits and the sink writes to files. */
    public List<String> outputs() {
        return List.of(articles(), duplicates(), rejected());
    }
}
