package io.newsflow.ingest.decode;

import io.newsflow.model.Checks;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RejectReason;

/**
 * An input that cannot become an article: carries what its dead letter needs. Thrown only between the decoding
 * steps of this package; {@link FileDecoder} turns every one into a refused item.
 */
final class DecodeFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final RejectReason reason;
    private final transient InputCopy input;

    DecodeFailure(RejectReason reason, String detail, InputCopy input) {
        super(detail, null, false, false);
        this.reason = Checks.notNull(reason, "reason");
        this.input = Checks.notNull(input, "input");
    }

    RejectReason reason() {
        return reason;
    }

    InputCopy input() {
        return input;
    }
}
