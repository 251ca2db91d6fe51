/**
 * What line a record becomes: its value when it is one JSON object, else a dead letter
 * ({@link io.newsflow.model.Rejected} with stage {@code sink}).
 */
package io.newsflow.sink.line;
