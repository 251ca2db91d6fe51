package io.newsflow.app;

/** A {@code --once} run did not see all its input written within its time limit. */
final class OnceTimeoutException extends RuntimeException {
    OnceTimeoutException(String message) {
        super(message);
    }
}
