package io.newsflow.ingest.publish;

import io.newsflow.ingest.item.IngestItem;
import io.newsflow.ingest.kafka.ClientConfigs;
import io.newsflow.ingest.kafka.KafkaTarget;
import io.newsflow.ingest.ledger.FileLedger;
import io.newsflow.ingest.ledger.LedgerEntry;
import io.newsflow.model.Checks;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RawArticle;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Rejected;
import io.newsflow.model.Stage;
import io.newsflow.model.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes to the raw, rejected and ingest-ledger topics with one transactional producer (idempotent,
 * acks=all, lz4). Failure policy: an error the producer can recover from (timeouts, an unavailable broker) aborts
 * the transaction and throws a retriable {@link PublishException}; fencing by a newer producer with the same
 * transactional id, an authorisation error or an unsupported broker close the producer and throw a fatal one.
 */
public final class RawPublisher implements Publisher {
    private static final Logger LOG = LoggerFactory.getLogger(RawPublisher.class);
    /** Room for the record's key, headers and batch framing within {@code max.request.size}. */
    private static final int RECORD_OVERHEAD = 512;

    private final Producer<byte[], byte[]> producer;
    private final Topics topics;
    private final String ledgerTopic;
    private final int maxMessageBytes;
    private boolean inTransaction;
    private boolean closed;

    private RawPublisher(Producer<byte[], byte[]> producer, Topics topics, int maxMessageBytes) {
        this.producer = producer;
        this.topics = topics;
        this.ledgerTopic = topics.names().ingestLedger();
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * Creates the producer and initialises its transactions, which fences any earlier producer with the same
     * transactional id and aborts the transaction it left open.
     */
    public static RawPublisher open(KafkaTarget target, String transactionalId, PublishOptions options) {
        Checks.notNull(target, "target");
        Checks.notNull(options, "options");
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                ClientConfigs.producer(target, transactionalId, options.maxMessageBytes()));
        RawPublisher publisher = new RawPublisher(producer, target.topics(), options.maxMessageBytes());
        publisher.guarded("initialise transactions", () -> {
            producer.initTransactions();
            return null;
        });
        return publisher;
    }

    @Override
    public void begin() {
        guarded("begin a transaction", () -> {
            producer.beginTransaction();
            inTransaction = true;
            return null;
        });
    }

    @Override
    public IngestItem send(IngestItem item) {
        Checks.notNull(item, "item");
        return guarded("send " + item.source().describe(), () -> item instanceof IngestItem.Accepted accepted
                ? sendAccepted(accepted) : sendRefused((IngestItem.Refused) item));
    }

    @Override
    public void mark(String fileKey, LedgerEntry entry) {
        Checks.notNull(fileKey, "fileKey");
        guarded("write the ledger entry of " + fileKey, () -> producer.send(
                new ProducerRecord<>(ledgerTopic, utf8(fileKey), entry == null ? null : FileLedger.serialize(entry))));
    }

    /**
     * Sends a record to a compacted state topic (the web fetch state) in the open transaction; a null value is a
     * tombstone.
     */
    public void put(String topic, String key, byte[] value) {
        Checks.notBlank(topic, "topic");
        Checks.notNull(key, "key");
        guarded("write the state of " + key, () -> producer.send(new ProducerRecord<>(topic, utf8(key), value)));
    }

    @Override
    public void commit() {
        guarded("commit", () -> {
            producer.commitTransaction();
            inTransaction = false;
            return null;
        });
    }

    @Override
    public void abort() {
        if (inTransaction && !closed) {
            guarded("abort", () -> {
                inTransaction = false;
                producer.abortTransaction();
                return null;
            });
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            producer.close();
        }
    }

    private IngestItem sendAccepted(IngestItem.Accepted item) {
        RawArticle article = item.article();
        byte[] value = topics.raw().valueSerde().serializer().serialize(topics.raw().name(), article);
        byte[] key = utf8(item.id());
        if (key.length + value.length + RECORD_OVERHEAD > maxMessageBytes) {
            return sendRefused(tooLarge(article, value.length));
        }
        producer.send(new ProducerRecord<>(topics.raw().name(), key, value));
        return item;
    }

    private IngestItem sendRefused(IngestItem.Refused item) {
        byte[] value = topics.rejected().valueSerde().serializer().serialize(topics.rejected().name(), item.rejected());
        producer.send(new ProducerRecord<>(topics.rejected().name(), utf8(item.id()), value));
        return item;
    }

    private IngestItem.Refused tooLarge(RawArticle article, int bytes) {
        String detail = article.source().describe() + ": the record is " + bytes + " bytes as JSON, more than the "
                + maxMessageBytes + " bytes the raw topic takes";
        return new IngestItem.Refused(new Rejected(article.id(), Stage.INGEST, RejectReason.TOO_LARGE, detail,
                article.source(), InputCopy.of(article.content()), article.ingestedAt()));
    }

    private <T> T guarded(String action, Supplier<T> operation) {
        if (closed) {
            throw new PublishException("cannot " + action + ": the publisher is closed", true, null);
        }
        try {
            return operation.get();
        } catch (KafkaException e) {
            throw failed(action, e);
        }
    }

    private PublishException failed(String action, KafkaException e) {
        if (fatal(e)) {
            LOG.error("publishing failed for good ({}), closing the producer: {}", action, e.toString());
            close();
            return new PublishException("cannot " + action + ": " + e.getMessage(), true, e);
        }
        try {
            if (inTransaction) {
                inTransaction = false;
                producer.abortTransaction();
            }
        } catch (KafkaException abortFailure) {
            e.addSuppressed(abortFailure);
            close();
            return new PublishException("cannot " + action + " nor abort the transaction: " + e.getMessage(), true, e);
        }
        return new PublishException("cannot " + action + " (transaction aborted): " + e.getMessage(), false, e);
    }

    private static boolean fatal(KafkaException e) {
        return e instanceof ProducerFencedException || e instanceof InvalidProducerEpochException
                || e instanceof OutOfOrderSequenceException || e instanceof AuthorizationException
                || e instanceof UnsupportedVersionException;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
