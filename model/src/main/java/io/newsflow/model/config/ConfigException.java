package io.newsflow.model.config;

/** A configuration that cannot be used; the message names the key and, where there is one, the file. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
