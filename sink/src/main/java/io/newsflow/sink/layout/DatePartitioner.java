package io.newsflow.sink.layout;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * {@code date=YYYY-MM-DD} from the record's Kafka timestamp in UTC: the time it was produced (or appended, for
 * topics with {@code LogAppendTime}), which is stored with the record and so the same on every read.
 */
final class DatePartitioner implements Partitioner {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @Override
    public String folderOf(ConsumerRecord<byte[], byte[]> record, byte[] line) {
        long timestamp = record.timestamp();
        if (timestamp < 0) { // NO_TIMESTAMP (-1): a record from before message format v1
            return "date=unknown";
        }
        return "date=" + DAY.format(Instant.ofEpochMilli(timestamp));
    }
}
