package io.newsflow.ingest.publish;

/**
 * Publishing failed and the open transaction was aborted: nothing of it is visible. When {@link #fatal()} the
 * publisher is closed (fenced by a newer one with the same transactional id, or not authorised) and must not
 * be used again; otherwise the same records can be published again later.
 */
public final class PublishException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean fatal;

    public PublishException(String message, boolean fatal, Throwable cause) {
        super(message, cause);
        this.fatal = fatal;
    }

    public boolean fatal() {
        return fatal;
    }
}
