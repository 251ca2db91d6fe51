package io.newsflow.sink.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.RejectReason;
import io.newsflow.model.kafka.Json;
import io.newsflow.sink.Fixtures;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonObjectCheckTest {
    private final JsonObjectCheck check = new JsonObjectCheck();

    @Test
    void shouldWriteCompactObjectAsItIs() {
        byte[] value = Fixtures.bytes("values/article.json");

        CheckedValue checked = check.check(value);

        assertThat(checked).isInstanceOf(CheckedValue.Valid.class);
        assertThat(((CheckedValue.Valid) checked).line()).isSameAs(value);
    }

    @ParameterizedTest
    @CsvSource({"values/pretty-printed.json", "values/pretty-printed-crlf.json"})
    void shouldDropLineBreaksOfPrettyPrintedObjectWithoutChangingData(String fixture) throws IOException {
        byte[] value = Fixtures.bytes(fixture);

        byte[] line = ((CheckedValue.Valid) check.check(value)).line();

        assertThat(line).doesNotContain((byte) '\n', (byte) '\r');
        JsonNode written = Json.mapper().readTree(line);
        assertThat(written).isEqualTo(Json.mapper().readTree(value));
        assertThat(new String(line, java.nio.charset.StandardCharsets.UTF_8)).contains("1.10");
    }

    @Test
    void shouldCallNullValueAnEmptyInput() {
        assertInvalid(null, RejectReason.EMPTY_INPUT, "null");
    }

    @Test
    void shouldCallBlankValueAnEmptyInput() {
        assertInvalid(new byte[0], RejectReason.EMPTY_INPUT, "empty");
        assertInvalid(" \n\t".getBytes(), RejectReason.EMPTY_INPUT, "empty");
    }

    @ParameterizedTest
    @CsvSource({
            "values/garbage.txt, not valid JSON",
            "values/raw-newline-in-string.json, not valid JSON",
            "values/invalid-utf8.json, not valid JSON",
            "values/trailing-garbage.json, not valid JSON",
            "values/truncated.json, not valid JSON",
            "values/two-objects.json, more than one JSON value"})
    void shouldCallUnparseableValueMalformedJson(String fixture, String problem) {
        assertInvalid(Fixtures.bytes(fixture), RejectReason.MALFORMED_JSON, problem);
    }

    @Test
    void shouldCallJsonThatIsNoObjectAnInvalidRecord() {
        assertInvalid(Fixtures.bytes("values/array.json"), RejectReason.INVALID_RECORD, "not a JSON object but an array");
        assertInvalid("42".getBytes(), RejectReason.INVALID_RECORD, "a number");
    }

    @Test
    void shouldCallTooDeeplyNestedValueMalformed() {
        String deep = "{\"a\":".repeat(Json.MAX_NESTING_DEPTH + 1) + "1" + "}".repeat(Json.MAX_NESTING_DEPTH + 1);
        assertInvalid(deep.getBytes(), RejectReason.MALFORMED_JSON, "nesting depth");
    }

    private void assertInvalid(byte[] value, RejectReason reason, String problem) {
        CheckedValue checked = check.check(value);
        assertThat(checked).isInstanceOf(CheckedValue.Invalid.class);
        CheckedValue.Invalid invalid = (CheckedValue.Invalid) checked;
        assertThat(invalid.reason()).isEqualTo(reason);
        assertThat(invalid.problem()).contains(problem);
    }
}
