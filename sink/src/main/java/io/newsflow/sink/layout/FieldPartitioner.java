package io.newsflow.sink.layout;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.kafka.Json;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * {@code <key>=<value>} from the record's JSON: the first of the given JSON pointers that holds a value, turned
 * into a folder name by a function of that node and made safe by {@link PathSanitizer}. A record without the
 * field goes to {@code <key>=unknown}.
 */
final class FieldPartitioner implements Partitioner {
    static final String UNKNOWN = "unknown";
    private final String key;
    private final List<JsonPointer> pointers;
    private final Function<JsonNode, Optional<String>> value;
    private final PathSanitizer sanitizer;

    FieldPartitioner(String key, List<String> pointers, Function<JsonNode, Optional<String>> value,
                     PathSanitizer sanitizer) {
        this.key = key;
        this.pointers = pointers.stream().map(JsonPointer::compile).toList();
        this.value = value;
        this.sanitizer = sanitizer;
    }

    @Override
    public String folderOf(ConsumerRecord<byte[], byte[]> record, byte[] line) {
        return key + "=" + sanitizer.segment(valueOf(line).orElse(UNKNOWN));
    }

    private Optional<String> valueOf(byte[] line) {
        JsonNode tree = parse(line);
        for (JsonPointer pointer : pointers) {
            JsonNode node = tree.at(pointer);
            if (!node.isMissingNode() && !node.isNull()) {
                Optional<String> found = value.apply(node).filter(v -> !v.isBlank());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The line was checked to be one JSON object before it gets here; if it still fails, it has no field. */
    private static JsonNode parse(byte[] line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }
}
