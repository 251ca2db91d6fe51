package io.newsflow.app.http;

import io.newsflow.model.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * Whether the Kafka cluster answers: {@link #refresh()} asks for its nodes (in the background), {@link #probe()}
 * reports the last answer, NOT_READY when it failed or is older than {@code maxAge}.
 */
public final class BrokerReachability {
    private static final long TIMEOUT_MS = 5_000;

    private final Admin admin;
    private final String servers;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Probe last = Probe.notReady("not checked yet");
    private volatile Instant checkedAt;

    public BrokerReachability(Admin admin, String servers, Clock clock, Duration maxAge) {
        this.admin = Checks.notNull(admin, "admin");
        this.servers = Checks.notNull(servers, "servers");
        this.clock = Checks.notNull(clock, "clock");
        this.maxAge = Checks.notNull(maxAge, "maxAge");
    }

    public void refresh() throws InterruptedException {
        try {
            int nodes = admin.describeCluster().nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
            last = Probe.up(nodes + " broker(s) at " + servers);
        } catch (ExecutionException | TimeoutException e) {
            last = Probe.notReady("cannot reach Kafka at " + servers + ": " + e);
        }
        checkedAt = clock.instant();
    }

    public Probe probe() {
        Instant at = checkedAt;
        if (at != null && Duration.between(at, clock.instant()).compareTo(maxAge) > 0) {
            return Probe.notReady("no answer from Kafka at " + servers + " since " + at);
        }
        return last;
    }
}
