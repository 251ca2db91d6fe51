package io.newsflow.processing;

import io.newsflow.model.InputCopy;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Rejected;
import io.newsflow.model.Source;
import io.newsflow.model.SourceKind;
import io.newsflow.model.Stage;
import io.newsflow.model.kafka.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy for a record that fails inside the topology in a way no step expected (a bug, or input no check
 * foresaw): it becomes a {@link Rejected} on the dead-letter topic, with the exception as the reason and the
 * input record's bytes, and the job goes on. Records are never dropped and never stop the stream.
 */
public final class DeadLetterHandler implements ProcessingExceptionHandler, DeserializationExceptionHandler {
    /** Streams property naming the dead-letter topic. */
    public static final String TOPIC_CONFIG = "newsflow.rejected.topic";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);
    private static final JsonSerde<Rejected> REJECTED = JsonSerde.of(Rejected.class);

    private String topic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object name = configs.get(TOPIC_CONFIG);
        if (name == null) {
            throw new IllegalArgumentException(TOPIC_CONFIG + " must name the dead-letter topic");
        }
        topic = name.toString();
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception exception) {
        LOG.warn("processing failed at {} in {}; record sent to {}", where(context), context.processorNodeId(),
                topic, exception);
        return ProcessingExceptionHandler.Response.resume(List.of(deadLetter(context, exception, "processing failed in "
                + context.processorNodeId())));
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                ConsumerRecord<byte[], byte[]> record,
                                                                Exception exception) {
        LOG.warn("cannot deserialise the record at {}; record sent to {}: {}", where(context), topic,
                exception.toString());
        return DeserializationExceptionHandler.Response.resume(List.of(deadLetter(context, exception,
                "cannot deserialise")));
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ErrorHandlerContext context, Exception exception, String what) {
        String where = where(context);
        byte[] rawKey = context.sourceRawKey();
        String id = rawKey == null || rawKey.length == 0 ? where : new String(rawKey, StandardCharsets.UTF_8);
        byte[] input = context.sourceRawValue() == null ? new byte[0] : context.sourceRawValue();
        Rejected rejected = new Rejected(id, Stage.PROCESSING, RejectReason.UNPROCESSABLE,
                what + ": " + exception + " (at " + where + ")",
                new Source(SourceKind.TOPIC, where, null, null), InputCopy.of(input), Instant.now());
        return new ProducerRecord<>(topic, id.getBytes(StandardCharsets.UTF_8), REJECTED.toBytes(rejected));
    }

    private static String where(ErrorHandlerContext context) {
        return context.topic() + "-" + context.partition() + "@" + context.offset();
    }
}
