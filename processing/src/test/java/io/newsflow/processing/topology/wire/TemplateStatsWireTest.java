package io.newsflow.processing.topology.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.kafka.JsonSerde;
import io.newsflow.processing.clean.template.TemplateStats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateStatsWireTest {
    private static final TemplateStats STATS = new TemplateStats(7, Map.of(-3L, 2.5, 42L, 0.125),
            List.of(9L, -1L, 9L), 1_700_000_000_000L);

    @Test
    void shouldRoundTripTemplateStatistics() {
        byte[] bytes = TemplateStatsWire.SERDE.serializer().serialize("t", STATS);

        assertThat(TemplateStatsWire.SERDE.deserializer().deserialize("t", bytes)).isEqualTo(STATS);
    }

    @Test
    void shouldStillReadStatisticsAnEarlierVersionStoredAsJson() {
        byte[] json = JsonSerde.of(TemplateStats.class).toBytes(STATS);

        assertThat(TemplateStatsWire.SERDE.deserializer().deserialize("t", json)).isEqualTo(STATS);
    }

    @Test
    void shouldTakeAFractionOfTheBytesOfJson() {
        byte[] binary = TemplateStatsWire.SERDE.serializer().serialize("t", STATS);

        assertThat(binary.length).isLessThan(JsonSerde.of(TemplateStats.class).toBytes(STATS).length);
    }
}
