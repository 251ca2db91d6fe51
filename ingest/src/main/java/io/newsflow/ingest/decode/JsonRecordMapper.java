package io.newsflow.ingest.decode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.ingest.item.ItemFactory;
import io.newsflow.model.ContentFormat;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RawArticle;
import io.newsflow.model.RejectReason;
import io.newsflow.model.Source;
import io.newsflow.model.kafka.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one JSON record into a raw article.
 *
 * <p>Fields: {@code text} or {@code html} (one required; when both are given {@code text} is used, as the
 * producer's own extraction), optional {@code url}, {@code title}, {@code publishedAt} (strings), {@code id} (a
 * string or an integer, at most 256 characters), {@code authors} (a string or an array of strings). Every other
 * scalar field is kept as string metadata; nested objects and arrays in other fields are not kept. Unparsable
 * JSON, trailing data after the record and duplicate keys are {@code malformed-json}; a record that is not an
 * object or has a field of the wrong type is {@code invalid-record}.
 */
final class JsonRecordMapper {
    static final int MAX_ID_LENGTH = 256;
    private static final Set<String> FIELDS = Set.of("id", "url", "title", "text", "html", "publishedAt", "authors");
    private static final ObjectReader READER = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private JsonRecordMapper() {
    }

    /** Maps {@code json}; {@code items} gives the id when the record brings none, and the ingest time. */
    static RawArticle map(String json, Source source, ItemFactory items) throws DecodeFailure {
        JsonNode node = parse(json, source);
        if (!node.isObject()) {
            throw invalid(source, "a record must be a JSON object, was " + kind(node)
                    + (node.isArray() ? " (a .json file holds one record; use .jsonl for many)" : ""), json);
        }
        Record record = new Record(node, source, json);
        Content content = record.content();
        String url = record.string("url");
        Source withUrl = url == null ? source : source.withUrl(url);
        return new RawArticle(record.id(items), withUrl, content.format(), content.text(), url, record.string("title"),
                record.string("publishedAt"), record.authors(), record.metadata(), items.now());
    }

    private static JsonNode parse(String json, Source source) throws DecodeFailure {
        try {
            return READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DecodeFailure(RejectReason.MALFORMED_JSON, source.describe() + ": malformed JSON"
                    + where(e.getLocation()) + ": " + e.getOriginalMessage(), InputCopy.of(json));
        } catch (java.io.IOException e) {
            throw new DecodeFailure(RejectReason.MALFORMED_JSON, source.describe() + ": malformed JSON: "
                    + e.getMessage(), InputCopy.of(json));
        }
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static DecodeFailure invalid(Source source, String why, String json) {
        return new DecodeFailure(RejectReason.INVALID_RECORD, source.describe() + ": " + why, InputCopy.of(json));
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The content of a record: its text or HTML. */
    private record Content(ContentFormat format, String text) {
    }

    /** One parsed record and typed access to its fields. */
    private record Record(JsonNode node, Source source, String json) {

        Content content() throws DecodeFailure {
            String text = string("text");
            String html = string("html");
            if (text == null && html == null) {
                throw invalid(source, "a record needs a 'text' or an 'html' field", json);
            }
            Content content = text != null ? new Content(ContentFormat.TEXT, text) : new Content(ContentFormat.HTML, html);
            if (content.text().isBlank()) {
                throw new DecodeFailure(RejectReason.EMPTY_INPUT, source.describe() + ": the record's "
                        + (text != null ? "text" : "html") + " is empty", InputCopy.of(json));
            }
            if (BinarySniffer.looksBinary(content.text())) {
                throw new DecodeFailure(RejectReason.BINARY_CONTENT, source.describe()
                        + ": the record's content is binary data (NUL or control characters)", InputCopy.of(json));
            }
            return content;
        }

        String id(ItemFactory items) throws DecodeFailure {
            JsonNode id = node.get("id");
            if (id == null || id.isNull()) {
                return items.newId();
            }
            if (!(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()
                    || id.asText().length() > MAX_ID_LENGTH) {
                throw invalid(source, "'id' must be a non-blank string or an integer of at most " + MAX_ID_LENGTH
                        + " characters, was " + kind(id), json);
            }
            return id.asText().strip();
        }

        String string(String field) throws DecodeFailure {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw invalid(source, "'" + field + "' must be a string, was " + kind(value), json);
            }
            return value.asText();
        }

        List<String> authors() throws DecodeFailure {
            JsonNode value = node.get("authors");
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (value.isTextual()) {
                return value.asText().isBlank() ? List.of() : List.of(value.asText().strip());
            }
            if (!value.isArray()) {
                throw invalid(source, "'authors' must be a string or an array of strings, was " + kind(value), json);
            }
            List<String> authors = new ArrayList<>();
            for (JsonNode author : value) {
                if (!author.isTextual()) {
                    throw invalid(source, "'authors' must hold strings only, found " + kind(author), json);
                }
                if (!author.asText().isBlank()) {
                    authors.add(author.asText().strip());
                }
            }
            return authors;
        }

        Map<String, String> metadata() {
            Map<String, String> metadata = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!FIELDS.contains(field.getKey()) && field.getValue().isValueNode() && !field.getValue().isNull()) {
                    metadata.put(field.getKey(), field.getValue().asText());
                }
            }
            return metadata;
        }
    }
}
