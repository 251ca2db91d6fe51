package io.newsflow.app;

/** What {@code newsflow}'s exit codes mean; the README lists them. */
public final class ExitCodes {
    /** Done, or stopped on request (Ctrl-C / SIGTERM) after a clean shutdown. */
    public static final int OK = 0;
    /** The command failed while running. */
    public static final int FAILURE = 1;
    /** The command line is wrong (picocli's usage code). */
    public static final int USAGE = 2;
    /** The configuration is invalid: file, environment variable or flag; the message names the key. */
    public static final int CONFIG = 3;
    /** Kafka could not be reached, or the embedded broker could not start (e.g. its data directory is locked). */
    public static final int KAFKA_UNAVAILABLE = 4;
    /** A --once run did not finish in its time limit. */
    public static final int TIMEOUT = 5;

    private ExitCodes() {
    }
}
