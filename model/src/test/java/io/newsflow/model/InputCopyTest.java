package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputCopyTest {
    @Test
    void shouldKeepValidUtf8AsText() {
        InputCopy copy = InputCopy.of("Café".getBytes(StandardCharsets.UTF_8));

        assertThat(copy.encoding()).isEqualTo(InputCopy.Encoding.UTF_8);
        assertThat(copy.data()).isEqualTo("Café");
        assertThat(copy.truncated()).isFalse();
    }

    @Test
    void shouldKeepInvalidUtf8AsBase64() {
        InputCopy copy = InputCopy.of(new byte[] {'C', 'a', 'f', (byte) 0xE9});

        assertThat(copy.encoding()).isEqualTo(InputCopy.Encoding.BASE64);
        assertThat(copy.data()).isEqualTo("Q2Fm6Q==");
    }

    @Test
    void shouldBoundTheCopyAndNotSplitACharacterAtTheCut() {
        String text = "a".repeat(InputCopy.MAX_BYTES - 1) + "é and more";

        InputCopy copy = InputCopy.of(text);

        assertThat(copy.encoding()).isEqualTo(InputCopy.Encoding.UTF_8);
        assertThat(copy.truncated()).isTrue();
        assertThat(copy.data()).hasSize(InputCopy.MAX_BYTES - 1);
        assertThat(copy.originalBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }
}
