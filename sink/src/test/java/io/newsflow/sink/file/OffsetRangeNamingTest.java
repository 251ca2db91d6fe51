package io.newsflow.sink.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetRangeNamingTest {
    private static final TopicPartition ARTICLES_0 = new TopicPartition("newsflow.articles", 0);
    private final OffsetRangeNaming naming = new OffsetRangeNaming();

    @Test
    void shouldNameFileByTopicPartitionAndZeroPaddedOffsets() {
        assertThat(naming.fileName(new FileRange(ARTICLES_0, 0, 41)))
                .isEqualTo("newsflow.articles+0+00000000000000000000-00000000000000000041.jsonl");
    }

    @Test
    void shouldNameTempFileHiddenWithFirstOffset() {
        assertThat(naming.tempName(new TopicPartition("newsflow.rejected", 12), 7))
                .isEqualTo(".newsflow.rejected+12+00000000000000000007.jsonl.tmp");
    }

    @Test
    void shouldSortNamesByOffset() {
        List<String> names = new ArrayList<>(List.of(
                naming.fileName(new FileRange(ARTICLES_0, 100, 199)),
                naming.fileName(new FileRange(ARTICLES_0, 9, 99)),
                naming.fileName(new FileRange(ARTICLES_0, 0, 8))));
        names.sort(null);
        assertThat(names).extracting(n -> naming.parseFileName(n).orElseThrow().firstOffset())
                .containsExactly(0L, 9L, 100L);
    }

    @Test
    void shouldParseBackWhatItNames() {
        FileRange range = new FileRange(new TopicPartition("my_prefix-x.articles", 2147483647), 5, Long.MAX_VALUE - 1);
        assertThat(naming.parseFileName(naming.fileName(range))).contains(range);
        assertThat(naming.parseTempName(naming.tempName(range.partition(), 5))).contains(range.partition());
    }

    @Test
    void shouldIgnoreNamesItDoesNotWrite() {
        assertThat(naming.parseFileName("notes.txt")).isEmpty();
        assertThat(naming.parseFileName("newsflow.articles+0+0-41.jsonl")).isEmpty();
        assertThat(naming.parseFileName("newsflow.articles+0+00000000000000000000-00000000000000000041.json")).isEmpty();
        assertThat(naming.parseFileName(".newsflow.articles+0+00000000000000000000.jsonl.tmp")).isEmpty();
        assertThat(naming.parseFileName("newsflow.articles+0+00000000000000000041-00000000000000000040.jsonl")).isEmpty();
        assertThat(naming.parseFileName("newsflow.articles+0+99999999999999999999-99999999999999999999.jsonl")).isEmpty();
        assertThat(naming.parseFileName("newsflow.articles+9999999999+00000000000000000000-00000000000000000001.jsonl"))
                .isEmpty();
        assertThat(naming.parseTempName("newsflow.articles+0+00000000000000000000-00000000000000000041.jsonl")).isEmpty();
        assertThat(naming.parseTempName(".newsflow.articles+0+00000000000000000000.jsonl")).isEmpty();
    }

    @Test
    void shouldRejectNegativeOffsets() {
        assertThatThrownBy(() -> naming.tempName(ARTICLES_0, -1)).hasMessageContaining("offset");
        assertThatThrownBy(() -> new FileRange(ARTICLES_0, 5, 4)).hasMessageContaining("lastOffset");
    }
}
