package io.newsflow.app;

/** Kafka cannot be reached or used; newsflow exits with {@link ExitCodes#KAFKA_UNAVAILABLE}. */
final class KafkaUnavailableException extends RuntimeException {
    KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    KafkaUnavailableException(String message) {
        super(message);
    }
}
