package io.newsflow.sink.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlFileWriterTest {
    @TempDir
    Path folder;

    @Test
    void shouldWriteLinesToTempFileAndRenameOnCommit() throws IOException {
        Path temp = folder.resolve(".a.jsonl.tmp");
        Path target = folder.resolve("a.jsonl");
        JsonlFileWriter writer = JsonlFileWriter.create(temp);
        writer.write(utf8("{\"a\":\"é\"}"));
        writer.write(utf8("{\"b\":2}"));

        assertThat(target).doesNotExist();
        assertThat(writer.bytesWritten()).isEqualTo(11 + 8);
        writer.commit(target);

        assertThat(temp).doesNotExist();
        assertThat(target).hasContent("{\"a\":\"é\"}\n{\"b\":2}\n");
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
