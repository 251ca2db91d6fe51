/**
 * User topic rules: a YAML or JSON file mapping topic names to expressions such as
 * {@code any of [Ukraine, Zelensky, Crimea] and any of [war, invasion, troops]}; each match says why.
 * See {@code TOPICS.md} next to the sources.
 */
package io.newsflow.processing.tag.topic;
