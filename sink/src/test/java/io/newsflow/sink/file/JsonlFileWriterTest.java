package io.newsflow.sink.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFileWriterTest {
    @TempDir
    Path folder;

    @Test
    void shouldWriteLinesToTempFileAndMakeThemDurableOnFinish() throws IOException {
        Path temp = folder.resolve(".a.jsonl.tmp");
        Path target = folder.resolve("a.jsonl");
        JsonlFileWriter writer = JsonlFileWriter.create(temp);
        writer.write(utf8("{\"a\":\"é\"}"));
        writer.write(utf8("{\"b\":2}"));

        assertThat(target).doesNotExist();
        assertThat(writer.bytesWritten()).isEqualTo(11 + 8);
        writer.finish();
        new FileSetCommit(folder).commit(new TopicPartition("t", 0), 0, 1, List.of(new PreparedFile(temp, target)));

        assertThat(temp).doesNotExist();
        assertThat(target).hasContent("{\"a\":\"é\"}\n{\"b\":2}\n");
    }

    @Test
    void shouldWriteOneGzipMemberThatReadsBackAsTheLines() throws IOException {
        Path temp = folder.resolve(".a.jsonl.gz.tmp");
        JsonlFileWriter writer = JsonlFileWriter.createGzip(temp);
        for (int i = 0; i < 1000; i++) {
            writer.write(utf8("{\"n\":" + i + "}"));
        }
        writer.finish();

        try (InputStream in = new GZIPInputStream(Files.newInputStream(temp))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text.split("\n")).hasSize(1000).endsWith("{\"n\":999}");
        }
        assertThat(Files.size(temp)).isLessThan(writer.bytesWritten());
    }

    @Test
    void shouldDeleteTempFileOnAbort() throws IOException {
        Path temp = folder.resolve(".a.jsonl.tmp");
        JsonlFileWriter writer = JsonlFileWriter.create(temp);
        writer.write(utf8("{}"));

        writer.abort();

        assertThat(temp).doesNotExist();
    }

    @Test
    void shouldLeaveTempFileWhenAbandoned() throws IOException {
        Path temp = folder.resolve(".a.jsonl.tmp");
        JsonlFileWriter writer = JsonlFileWriter.create(temp);

        writer.abandon();

        assertThat(temp).exists();
        assertThat(Files.list(folder)).containsExactly(temp);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
