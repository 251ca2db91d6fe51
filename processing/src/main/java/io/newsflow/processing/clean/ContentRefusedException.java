package io.newsflow.processing.clean;

/** The content is beyond what the cleaner processes (too deep, too large); it becomes {@code unprocessable}. */
public final class ContentRefusedException extends Exception {
    public ContentRefusedException(String message) {
        super(message);
    }
}
