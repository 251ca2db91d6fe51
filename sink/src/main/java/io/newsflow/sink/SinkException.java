package io.newsflow.sink;

import java.io.UncheckedIOException;

/** The sink stopped and cannot go on by itself: a disk error (the message names the folder) or a Kafka error. */
public class SinkException extends RuntimeException {
    public SinkException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps why the sink stopped; a disk error, however deep in the cause chain, gives the message. */
    static SinkException describing(Throwable error) {
        if (error instanceof SinkException sink) {
            return sink;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UncheckedIOException io) {
                return new SinkException("sink stopped: " + io.getMessage(), error);
            }
        }
        return new SinkException("sink stopped on a Kafka error: " + error, error);
    }
}
