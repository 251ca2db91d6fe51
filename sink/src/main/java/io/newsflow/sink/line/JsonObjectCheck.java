package io.newsflow.sink.line;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.newsflow.model.RejectReason;
import io.newsflow.model.kafka.Json;
import java.io.IOException;

/**
 * Checks that a record value is exactly one JSON object, with Jackson's streaming parser (tokens only, no
 * tree, with the model's nesting and string limits). A value pretty-printed by some other producer is still
 * written: JSON forbids raw line breaks inside strings, so in a value that parses they can only be white
 * space between tokens and are dropped, which changes no data.
 */
public final class JsonObjectCheck {
    private static final JsonFactory FACTORY = Json.mapper().getFactory();

    public CheckedValue check(byte[] value) {
        if (value == null) {
            return new CheckedValue.Invalid(RejectReason.EMPTY_INPUT, "the value is null (a tombstone)");
        }
        try (JsonParser parser = FACTORY.createParser(value)) {
            return checkObject(parser, value);
        } catch (JsonProcessingException e) {
            return new CheckedValue.Invalid(RejectReason.MALFORMED_JSON, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new CheckedValue.Invalid(RejectReason.MALFORMED_JSON, "not readable as JSON: " + e.getMessage());
        }
    }

    private static CheckedValue checkObject(JsonParser parser, byte[] value) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return new CheckedValue.Invalid(RejectReason.EMPTY_INPUT, "the value is empty or only white space");
        }
        if (first != JsonToken.START_OBJECT) {
            return new CheckedValue.Invalid(RejectReason.INVALID_RECORD, "not a JSON object but " + describe(first));
        }
        parser.skipChildren();
        if (parser.nextToken() != null) {
            return new CheckedValue.Invalid(RejectReason.MALFORMED_JSON, "more than one JSON value");
        }
        return new CheckedValue.Valid(withoutLineBreaks(value));
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    /** The value itself when it has no line break (the usual case); else a copy without them. */
    static byte[] withoutLineBreaks(byte[] value) {
        int breaks = 0;
        for (byte b : value) {
            breaks += isLineBreak(b) ? 1 : 0;
        }
        if (breaks == 0) {
            return value;
        }
        byte[] line = new byte[value.length - breaks];
        int i = 0;
        for (byte b : value) {
            if (!isLineBreak(b)) {
                line[i++] = b;
            }
        }
        return line;
    }

    private static boolean isLineBreak(byte b) {
        return b == '\n' || b == '\r';
    }
}
