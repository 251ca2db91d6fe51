package io.newsflow.sink.line;

import io.newsflow.model.Checks;
import io.newsflow.model.RejectReason;

/** The outcome of checking a record value: a line to write as it is, or why it cannot be one. */
public sealed interface CheckedValue {
    /**
     * A value that is one JSON object, ready to write as one line.
     *
     * @param line the JSON, without line breaks
     */
    record Valid(byte[] line) implements CheckedValue {
        public Valid {
            Checks.notNull(line, "line");
        }
    }

    /**
     * A value that is not one JSON object.
     *
     * @param reason  the reason code of its dead letter
     * @param problem what is wrong, for the dead letter's detail
     */
    record Invalid(RejectReason reason, String problem) implements CheckedValue {
        public Invalid {
            Checks.notNull(reason, "reason");
            Checks.notBlank(problem, "problem");
        }
    }
}
