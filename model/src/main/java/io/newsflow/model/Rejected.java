package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A record on the dead-letter (rejected) topic: an input that could not be made into an article, why, and a
 * bounded copy of it.
 *
 * @param id         the raw record's id, or an id ingest made for an input it could not read
 * @param stage      the stage that rejected it
 * @param reason     the reason code
 * @param detail     a human-readable explanation naming the file, line or URL
 * @param source     where the input came from
 * @param input      the first bytes of the input
 * @param rejectedAt when it was rejected
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rejected(String id, Stage stage, RejectReason reason, String detail, Source source,
                      InputCopy input, Instant rejectedAt) {
    public Rejected {
        Checks.notBlank(id, "id");
        Checks.notNull(stage, "stage");
        Checks.notNull(reason, "reason");
        Checks.notNull(detail, "detail");
        Checks.notNull(source, "source");
        Checks.notNull(rejectedAt, "rejectedAt");
    }
}
