package io.newsflow.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<Line> lines(String text, int max) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), () -> false, max,
                0);
        List<Line> lines = new ArrayList<>();
        for (Line line = reader.next(); line != null; line = reader.next()) {
            lines.add(line);
        }
        return lines;
    }

    private static String text(Line line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldSplitOnNewlinesDroppingCarriageReturnsAndKeepALastLineWithoutNewline() throws IOException {
        List<Line> lines = lines("a\r\nbb\n\nccc", 100);
        assertThat(lines).extracting(LineReaderTest::text).containsExactly("a", "bb", "", "ccc");
        assertThat(lines).extracting(Line::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines).extracting(Line::offset).containsExactly(0L, 3L, 6L, 7L);
    }

    @Test
    void shouldKeepOnlyTheHeadOfAnOverlongLineAndGoOn() throws IOException {
        String longLine = "z".repeat(200_000);
        List<Line> lines = lines("ok\n" + longLine + "\nnext\n", 100_000);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).tooLong()).isTrue();
        assertThat(lines.get(1).fullLength()).isEqualTo(200_000);
        assertThat(lines.get(1).bytes().length).isLessThanOrEqualTo(100_000);
        assertThat(text(lines.get(2))).isEqualTo("next");
        assertThat(lines.get(2).offset()).isEqualTo(3 + 200_001);
    }

    @Test
    void shouldNotReturnALastLineCutShortByTheFileCap() throws IOException {
        CappedInputStream capped = new CappedInputStream(
                new ByteArrayInputStream("one\ntwo\nthree\n".getBytes(StandardCharsets.UTF_8)), 10);
        LineReader reader = new LineReader(capped, capped::exceeded, 100, 0);
        assertThat(text(reader.next())).isEqualTo("one");
        assertThat(text(reader.next())).isEqualTo("two");
        assertThat(reader.next()).isNull();
        assertThat(capped.exceeded()).isTrue();
        assertThat(reader.nextNumber()).isEqualTo(3);
    }

    @Test
    void shouldAcceptALineOfExactlyTheLimitSpanningChunks() throws IOException {
        String line = "q".repeat(150_000);
        List<Line> lines = lines(line + "\n", 150_000);
        assertThat(lines.get(0).tooLong()).isFalse();
        assertThat(text(lines.get(0))).isEqualTo(line);
    }
}
