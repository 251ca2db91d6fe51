package io.newsflow.sink.line;

import io.newsflow.model.Checks;
import io.newsflow.model.InputCopy;
import io.newsflow.model.Rejected;
import io.newsflow.model.Source;
import io.newsflow.model.SourceKind;
import io.newsflow.model.Stage;
import io.newsflow.model.kafka.JsonSerde;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a record into the line the sink writes. The policy for a value that is not one JSON object (a
 * tombstone, garbage some other producer wrote): it is neither dropped nor allowed to stop the sink, it
 * becomes a dead letter, a {@link Rejected} with stage {@code sink}, a reason code, a detail naming topic,
 * partition and offset, and a bounded copy of the value; the record stays in Kafka for its retention.
 */
public final class RecordLines {
    private static final Logger LOG = LoggerFactory.getLogger(RecordLines.class);
    private static final int MAX_ID_CHARS = 512;
    private static final JsonSerde<Rejected> REJECTED = JsonSerde.of(Rejected.class);

    private final JsonObjectCheck check = new JsonObjectCheck();
    private final Clock clock;

    public RecordLines(Clock clock) {
        this.clock = Checks.notNull(clock, "clock");
    }

    public SinkLine lineFor(ConsumerRecord<byte[], byte[]> record) {
        Checks.notNull(record, "record");
        CheckedValue checked = check.check(record.value());
        if (checked instanceof CheckedValue.Valid valid) {
            return new SinkLine(valid.line(), false);
        }
        return new SinkLine(REJECTED.toBytes(deadLetter(record, (CheckedValue.Invalid) checked)), true);
    }

    private Rejected deadLetter(ConsumerRecord<byte[], byte[]> record, CheckedValue.Invalid invalid) {
        String where = record.topic() + " partition " + record.partition() + " offset " + record.offset();
        LOG.warn("{}: {}; written to the rejected folder as a dead letter", where, invalid.problem());
        byte[] value = record.value() == null ? new byte[0] : record.value();
        return new Rejected(idOf(record), Stage.SINK, invalid.reason(), where + ": " + invalid.problem(),
                new Source(SourceKind.TOPIC, locator(record), null, null), InputCopy.of(value), clock.instant());
    }

    /** {@code topic-partition@offset}, as {@link SourceKind#TOPIC} sources name a record. */
    private static String locator(ConsumerRecord<byte[], byte[]> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    /** The record's key when it is a plausible id (UTF-8 text, not blank), else its locator. */
    private static String idOf(ConsumerRecord<byte[], byte[]> record) {
        return textKey(record.key()).orElse(locator(record));
    }

    private static Optional<String> textKey(byte[] key) {
        if (key == null || key.length == 0 || key.length > MAX_ID_CHARS) {
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(key)).toString();
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty(); // a binary key is no id; the locator is used instead
        }
    }
}
