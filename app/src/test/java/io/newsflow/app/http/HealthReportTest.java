package io.newsflow.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class HealthReportTest {
    @Test
    void shouldBeReadyOnlyWhenEveryCheckIsUp() {
        HealthReport report = HealthReport.of(List.of(new HealthCheck("broker", () -> Probe.up("1 broker")),
                new HealthCheck("processing", () -> StageProbes.streams(KafkaStreams.State.REBALANCING))));

        assertThat(report.live()).isTrue();
        assertThat(report.ready()).isFalse();
        assertThat(report.status()).isEqualTo(Probe.Status.NOT_READY);
        assertThat(report.checks().get("processing").detail()).contains("REBALANCING");
    }

    @Test
    void shouldNotBeLiveWhenAStageDied() {
        CompletableFuture<Void> failure = CompletableFuture.failedFuture(new IllegalStateException("disk full"));
        HealthReport report = HealthReport.of(List.of(new HealthCheck("broker", () -> Probe.up("1 broker")),
                new HealthCheck("ingest", () -> StageProbes.loop(failure, "scanning"))));

        assertThat(report.live()).isFalse();
        assertThat(report.status()).isEqualTo(Probe.Status.DOWN);
        assertThat(report.checks().get("ingest").detail()).isEqualTo("stopped: disk full");
    }

    @Test
    void shouldReportACheckThatThrowsAsDown() {
        HealthReport report = HealthReport.of(List.of(new HealthCheck("sink", () -> {
            throw new IllegalStateException("boom");
        })));

        assertThat(report.checks().get("sink").status()).isEqualTo(Probe.Status.DOWN);
        assertThat(report.checks().get("sink").detail()).contains("boom");
    }

    @Test
    void shouldTellStreamsStatesApart() {
        assertThat(StageProbes.streams(KafkaStreams.State.RUNNING).status()).isEqualTo(Probe.Status.UP);
        assertThat(StageProbes.streams(KafkaStreams.State.CREATED).status()).isEqualTo(Probe.Status.NOT_READY);
        assertThat(StageProbes.streams(KafkaStreams.State.ERROR).status()).isEqualTo(Probe.Status.DOWN);
        assertThat(StageProbes.loop(new CompletableFuture<>(), "scanning").status()).isEqualTo(Probe.Status.UP);
    }
}
