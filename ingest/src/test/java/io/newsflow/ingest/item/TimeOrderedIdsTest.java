package io.newsflow.ingest.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void shouldMakeVersion7UuidsCarryingTheClocksMilliseconds() {
        Instant now = Instant.parse("2024-05-02T12:00:00.123Z");
        UUID id = UUID.fromString(new TimeOrderedIds(Clock.fixed(now, ZoneOffset.UTC)).next());
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
    }

    @Test
    void shouldMakeDistinctIdsWithinOneMillisecondAndSortByTime() {
        TimeOrderedIds sameMillis = new TimeOrderedIds(Clock.fixed(Instant.ofEpochMilli(1_000), ZoneOffset.UTC));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(sameMillis.next());
        }
        assertThat(ids).hasSize(10_000);
        String later = new TimeOrderedIds(Clock.fixed(Instant.ofEpochMilli(2_000), ZoneOffset.UTC)).next();
        assertThat(ids).allMatch(id -> id.compareTo(later) < 0);
    }
}
