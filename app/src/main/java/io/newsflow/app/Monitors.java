package io.newsflow.app;

import io.newsflow.app.http.Monitoring;

/** Starts a command's {@link Monitoring} on its Kafka runtime. */
final class Monitors {
    private Monitors() {
    }

    /** The builder for a command ({@code role}): add the stages it runs, then {@code start()}. */
    static Monitoring.Builder of(String role, KafkaRuntime kafka) {
        return Monitoring.builder(role, kafka.config(), new Monitoring.Kafka(kafka.bootstrapServers(),
                kafka.clientProperties(), kafka.admin()));
    }
}
