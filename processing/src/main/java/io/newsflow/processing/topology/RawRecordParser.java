package io.newsflow.processing.topology;

import io.newsflow.model.RawArticle;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Source;
import io.newsflow.model.SourceKind;
import io.newsflow.model.kafka.JsonSerde;
import io.newsflow.processing.Step;
import java.time.Clock;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads raw-topic values. The raw topic is consumed as bytes so that a record somebody else wrote there, which is
 * not a newsflow raw record, becomes a dead letter instead of a deserialisation failure that stops the job.
 */
final class RawRecordParser implements FixedKeyProcessor<String, byte[], Step<RawArticle>> {
    private static final JsonSerde<RawArticle> RAW = JsonSerde.of(RawArticle.class);

    private final Clock clock;
    private FixedKeyProcessorContext<String, Step<RawArticle>> context;

    RawRecordParser(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Step<RawArticle>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        context.forward(record.withValue(parse(record.key(), record.value())));
    }

    private Step<RawArticle> parse(String key, byte[] value) {
        try {
            RawArticle raw = RAW.fromBytes(value);
            if (raw == null) {
                return rejected(key, "a raw record has no value", value);
            }
            return Step.next(raw);
        } catch (SerializationException e) {
            return rejected(key, e.getMessage(), value);
        }
    }

    private Step<RawArticle> rejected(String key, String detail, byte[] value) {
        String where = context.recordMetadata().map(RawRecordParser::position).orElse("raw topic");
        String id = key != null && !key.isBlank() ? key : where;
        Source source = new Source(SourceKind.TOPIC, where, null, null);
        return Step.rejected(Rejections.ofBytes(id, source, RejectReason.MALFORMED_RAW_RECORD,
                detail + " (at " + where + ")", value, clock.instant()));
    }

    private static String position(RecordMetadata m) {
        return m.topic() + "-" + m.partition() + "@" + m.offset();
    }
}
