package io.newsflow.sink.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.InputCopy;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Rejected;
import io.newsflow.model.SourceKind;
import io.newsflow.model.Stage;
import io.newsflow.model.kafka.JsonSerde;
import io.newsflow.sink.Fixtures;
import io.newsflow.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RecordLinesTest {
    private final MutableClock clock = MutableClock.atEpoch();
    private final RecordLines lines = new RecordLines(clock);

    @Test
    void shouldWriteValidValueAsItsLine() {
        byte[] value = Fixtures.bytes("values/article.json");

        SinkLine line = lines.lineFor(record("a1".getBytes(), value));

        assertThat(line.deadLetter()).isFalse();
        assertThat(line.bytes()).isEqualTo(value);
    }

    @Test
    void shouldTurnGarbageIntoDeadLetterNamingTopicPartitionAndOffset() {
        byte[] garbage = Fixtures.bytes("values/garbage.txt");

        SinkLine line = lines.lineFor(record("key-7".getBytes(), garbage));

        assertThat(line.deadLetter()).isTrue();
        assertThat(line.bytes()).doesNotContain((byte) '\n');
        Rejected rejected = JsonSerde.of(Rejected.class).fromBytes(line.bytes());
        assertThat(rejected.id()).isEqualTo("key-7");
        assertThat(rejected.stage()).isEqualTo(Stage.SINK);
        assertThat(rejected.reason()).isEqualTo(RejectReason.MALFORMED_JSON);
        assertThat(rejected.detail()).startsWith("newsflow.articles partition 2 offset 42: not valid JSON");
        assertThat(rejected.source().kind()).isEqualTo(SourceKind.TOPIC);
        assertThat(rejected.source().path()).isEqualTo("newsflow.articles-2@42");
        assertThat(rejected.input()).isEqualTo(InputCopy.of(garbage));
        assertThat(rejected.rejectedAt()).isEqualTo(clock.instant());
    }

    @Test
    void shouldNameTombstoneWithoutKeyByItsLocation() {
        SinkLine line = lines.lineFor(record(null, null));

        Rejected rejected = JsonSerde.of(Rejected.class).fromBytes(line.bytes());
        assertThat(rejected.id()).isEqualTo("newsflow.articles-2@42");
        assertThat(rejected.reason()).isEqualTo(RejectReason.EMPTY_INPUT);
        assertThat(rejected.input().originalBytes()).isZero();
    }

    @Test
    void shouldNotUseBinaryKeyAsId() {
        SinkLine line = lines.lineFor(record(new byte[] {(byte) 0xff, 0x00}, "[]".getBytes(StandardCharsets.UTF_8)));

        assertThat(JsonSerde.of(Rejected.class).fromBytes(line.bytes()).id()).isEqualTo("newsflow.articles-2@42");
    }

    private static ConsumerRecord<byte[], byte[]> record(byte[] key, byte[] value) {
        return new ConsumerRecord<>("newsflow.articles", 2, 42, key, value);
    }
}
