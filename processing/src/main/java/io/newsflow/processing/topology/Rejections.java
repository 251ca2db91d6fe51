package io.newsflow.processing.topology;

import io.newsflow.model.InputCopy;
import io.newsflow.model.RawArticle;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Rejected;
import io.newsflow.model.Source;
import io.newsflow.model.Stage;
import java.time.Instant;

/** Makes the processing stage's dead letters. */
final class Rejections {
    private Rejections() {
    }

    static Rejected of(RawArticle raw, RejectReason reason, String detail, Instant now) {
        return new Rejected(raw.id(), Stage.PROCESSING, reason, detail + " (" + raw.source().describe() + ")",
                raw.source(), InputCopy.of(raw.content()), now);
    }

    static Rejected ofBytes(String id, Source source, RejectReason reason, String detail, byte[] input, Instant now) {
        return new Rejected(id, Stage.PROCESSING, reason, detail, source, InputCopy.of(input == null ? new byte[0] : input),
                now);
    }
}
