/**
 * Configuration as immutable records with defaults, validated once at start-up. {@link
 * io.newsflow.model.config.ConfigLoader} layers, lowest first: the defaults, a YAML file, {@code NEWSFLOW_*}
 * environment variables, and command-line flags.
 */
package io.newsflow.model.config;
