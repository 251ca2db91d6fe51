package io.newsflow.ingest;

import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.ledger.FileLedger;
import io.newsflow.ingest.publish.PublishOptions;
import io.newsflow.ingest.publish.RawPublisher;
import io.newsflow.model.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BiFunction;

/**
 * Opening what every file publisher needs, in the order that matters: the transactional producer first, which
 * fences an earlier one with the same id and aborts what it left open, then the ingest ledger read to its end
 * (read first, an open transaction could hold it back for the transaction timeout). On a failure the producer is
 * closed again.
 */
final class LedgerSession {
    static final Duration LEDGER_LOAD_TIMEOUT = Duration.ofMinutes(2);

    private LedgerSession() {
    }

    static <T> T open(KafkaTarget target, String transactionalId, PublishOptions options, Clock clock,
                      BiFunction<RawPublisher, FileLedger, T> make) {
        Checks.notNull(target, "target");
        RawPublisher publisher = RawPublisher.open(target, transactionalId, options);
        try {
            return make.apply(publisher, FileLedger.load(target, LEDGER_LOAD_TIMEOUT, clock));
        } catch (RuntimeException e) {
            publisher.close();
            throw e;
        }
    }
}
