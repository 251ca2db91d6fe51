package io.newsflow.broker;

/** The embedded broker could not start; the message says why and names the data directory. */
public final class BrokerStartException extends RuntimeException {
    public BrokerStartException(String message) {
        super(message);
    }

    public BrokerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
