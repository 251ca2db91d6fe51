package io.newsflow.processing.tag.topic;

import io.newsflow.model.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rules file that is re-read when it changes: at most once per {@code checkEvery} (by the injected clock) the
 * file's modification time is compared with the loaded one. Failure policy: a file that can't be read or parsed
 * keeps the rules in force and logs the error once per change, so a bad edit never stops tagging.
 */
public final class ReloadingTopicRules implements TopicRuleSource {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadingTopicRules.class);

    private final Path file;
    private final Clock clock;
    private final Duration checkEvery;
    private volatile State state;

    private record State(TopicRules rules, FileTime loaded, Instant checkedAt) {
    }

    /** Loads the file now; fails if it can't be read or parsed (start-up is the time to find out). */
    public ReloadingTopicRules(Path file, Clock clock, Duration checkEvery) {
        this.file = Checks.notNull(file, "file");
        this.clock = Checks.notNull(clock, "clock");
        this.checkEvery = Checks.notNull(checkEvery, "checkEvery");
        this.state = new State(TopicRules.load(file), modified(), clock.instant());
    }

    @Override
    public TopicRules current() {
        State s = state;
        Instant now = clock.instant();
        if (Duration.between(s.checkedAt(), now).compareTo(checkEvery) < 0) {
            return s.rules();
        }
        synchronized (this) {
            state = reloadIfChanged(state, now);
            return state.rules();
        }
    }

    private State reloadIfChanged(State s, Instant now) {
        FileTime modified;
        try {
            modified = modified();
        } catch (UncheckedIOException e) {
            LOG.warn("topic rules {} can't be read, keeping the {} rules in force: {}", file, s.rules().size(),
                    e.getMessage());
            return new State(s.rules(), s.loaded(), now);
        }
        if (modified.equals(s.loaded())) {
            return new State(s.rules(), s.loaded(), now);
        }
        try {
            TopicRules rules = TopicRules.load(file);
            LOG.info("reloaded {} topic rules from {}", rules.size(), file);
            return new State(rules, modified, now);
        } catch (RuntimeException e) {
            LOG.error("topic rules {} are invalid, keeping the {} rules in force: {}", file, s.rules().size(),
                    e.getMessage());
            return new State(s.rules(), modified, now);
        }
    }

    private FileTime modified() {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException("can't stat topic rules " + file, e);
        }
    }
}
