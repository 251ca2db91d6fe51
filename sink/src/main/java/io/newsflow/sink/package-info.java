/**
 * The sink stage: {@link io.newsflow.sink.SinkService} consumes the output topics and writes them, exactly once,
 * to JSON Lines files named by topic, partition and offset range. The sub-packages are its parts and not an API:
 * {@code file} (naming, atomic writing, recovery from a folder), {@code rotation} (when a file is closed),
 * {@code line} (what line a record becomes, dead letters for values that are not JSON objects) and
 * {@code partition} (one partition's files).
 */
package io.newsflow.sink;
