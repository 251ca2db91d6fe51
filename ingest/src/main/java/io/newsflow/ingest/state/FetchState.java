package io.newsflow.ingest.state;

import io.newsflow.ingest.kafka.CompactedTopic;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.model.Checks;
import io.newsflow.model.kafka.JsonSerde;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fetch-state topic's view in memory: read to its end at start, then kept up to date as this process commits.
 * Page entries older than {@code rememberFor} are forgotten (not loaded, and pruned with
 * {@link #expired(Instant)}, which the caller turns into tombstones), so the state is bounded by the pages of
 * that period; an unreadable entry is ignored with a warning (its page may be fetched again: a duplicate, not a
 * loss).
 */
public final class FetchState {
    private static final Logger LOG = LoggerFactory.getLogger(FetchState.class);
    private static final JsonSerde<FetchStateEntry> SERDE = JsonSerde.of(FetchStateEntry.class);
    private static final String PAGE = "page ";
    private static final String SOURCE = "source ";

    private final Map<String, FetchStateEntry> entries = new ConcurrentHashMap<>();
    private final Duration rememberFor;

    public FetchState(Duration rememberFor) {
        this.rememberFor = Checks.notNull(rememberFor, "rememberFor");
    }

    public static FetchState load(KafkaTarget target, Duration timeout, Duration rememberFor, Clock clock) {
        FetchState state = new FetchState(rememberFor);
        Instant oldest = clock.instant().minus(rememberFor);
        CompactedTopic.readToEnd(target, target.fetchStateTopic(), timeout, clock, (key, value) -> {
            if (value == null) {
                state.entries.remove(key);
                return;
            }
            try {
                FetchStateEntry entry = SERDE.fromBytes(value);
                if (!key.startsWith(PAGE) || entry.fetchedAt().isAfter(oldest)) {
                    state.entries.put(key, entry);
                }
            } catch (SerializationException e) {
                state.entries.remove(key);
                LOG.warn("ignoring an unreadable fetch-state entry for {}: {}", key, e.getMessage());
            }
        });
        LOG.info("fetch state '{}' loaded: {} entries", target.fetchStateTopic(), state.entries.size());
        return state;
    }

    public static String pageKey(String canonicalUrl) {
        return PAGE + canonicalUrl;
    }

    public static String sourceKey(String sourceUrl) {
        return SOURCE + sourceUrl;
    }

    public boolean fetched(String canonicalUrl) {
        return entries.containsKey(pageKey(canonicalUrl));
    }

    public Optional<FetchStateEntry> source(String sourceUrl) {
        return Optional.ofNullable(entries.get(sourceKey(sourceUrl)));
    }

    /** Records entries this process committed; a null entry is a committed tombstone. */
    public void remember(Map<String, FetchStateEntry> committed) {
        committed.forEach((key, entry) -> {
            if (entry == null) {
                entries.remove(key);
            } else {
                entries.put(key, entry);
            }
        });
    }

    /** Page keys last fetched before {@code now - rememberFor}: to be tombstoned and forgotten. */
    public List<String> expired(Instant now) {
        Instant oldest = now.minus(rememberFor);
        List<String> keys = new ArrayList<>();
        entries.forEach((key, entry) -> {
            if (key.startsWith(PAGE) && !entry.fetchedAt().isAfter(oldest)) {
                keys.add(key);
            }
        });
        return keys;
    }

    public int size() {
        return entries.size();
    }

    public static byte[] serialize(FetchStateEntry entry) {
        return entry == null ? null : SERDE.toBytes(entry);
    }
}
