package io.newsflow.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogFormatFilterTest {
    @Test
    void shouldChooseJsonOnlyWhenAskedFor() {
        assertThat(LogFormatFilter.chosen("json")).isEqualTo("json");
        assertThat(LogFormatFilter.chosen(" JSON ")).isEqualTo("json");
        assertThat(LogFormatFilter.chosen(null)).isEqualTo("text");
        assertThat(LogFormatFilter.chosen("xml")).isEqualTo("text");
    }
}
