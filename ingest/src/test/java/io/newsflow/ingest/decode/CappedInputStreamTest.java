package io.newsflow.ingest.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CappedInputStreamTest {

    @Test
    void shouldPassAnInputOfExactlyTheLimitWhole() throws IOException {
        CappedInputStream in = new CappedInputStream(new ByteArrayInputStream(new byte[100]), 100);
        assertThat(in.readAllBytes()).hasSize(100);
        assertThat(in.exceeded()).isFalse();
    }

    @Test
    void shouldEndAtTheLimitAndTellThatTheInputHadMore() throws IOException {
        CappedInputStream in = new CappedInputStream(new ByteArrayInputStream(new byte[101]), 100);
        assertThat(in.readAllBytes()).hasSize(100);
        assertThat(in.exceeded()).isTrue();
    }
}
