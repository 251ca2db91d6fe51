package io.newsflow.sink.line;

import io.newsflow.model.Checks;

/**
 * One line to write for one record.
 *
 * @param bytes      the JSON, without line break
 * @param deadLetter true when the record's value could not be written as it is and this line is a
 *                   {@link io.newsflow.model.Rejected} for it, to go to the rejected folder
 */
public record SinkLine(byte[] bytes, boolean deadLetter) {
    public SinkLine {
        Checks.notNull(bytes, "bytes");
    }
}
