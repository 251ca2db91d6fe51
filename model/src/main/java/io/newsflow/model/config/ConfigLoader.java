package io.newsflow.model.config;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds a {@link NewsflowConfig} from layers, each overriding the one before: the defaults, a YAML file,
 * {@code NEWSFLOW_*} environment variables, then command-line overrides. Keys are kebab-case
 * ({@code sink.max-records}); an environment variable names the same key in upper snake case
 * ({@code NEWSFLOW_SINK_MAX_RECORDS}). An unknown key or a bad value fails with a message that names the key
 * and where it was set.
 */
public final class ConfigLoader {
    /** Environment variables that are not configuration keys. */
    private static final List<String> NOT_KEYS = List.of("NEWSFLOW_CONFIG", "NEWSFLOW_OPTS", "NEWSFLOW_HOME",
            "NEWSFLOW_JAVA_OPTS", "NEWSFLOW_LOG_LEVEL", "NEWSFLOW_LOG_FORMAT", "NEWSFLOW_REQUIRE_BROWSER");
    private static final Map<String, String> ENV_ALIASES = Map.of(
            "NEWSFLOW_BOOTSTRAP_SERVERS", "kafka.bootstrap-servers");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .registerModule(valueModule());

    private ConfigLoader() {
    }

    /**
     * @param file      a YAML file, or null for none
     * @param env       the environment ({@code System.getenv()})
     * @param overrides dotted keys to values from the command line ({@code "sink.out-dir" -> "out"}); a list
     *                  value replaces the list
     */
    public static NewsflowConfig load(Path file, Map<String, String> env, Map<String, Object> overrides) {
        ObjectNode tree = YAML.valueToTree(NewsflowConfig.DEFAULT);
        if (file != null) {
            merge(tree, readFile(file), "");
        }
        applyEnvironment(tree, env);
        overrides.forEach((key, value) -> set(tree, key, YAML.valueToTree(value), "command-line option for " + key));
        return bind(tree, file == null ? "configuration" : "config file " + file);
    }

    /**
     * The sources of a sources file ({@code web.sources-file}): a YAML mapping with one key, {@code sources}, a list
     * in the form of {@code web.sources}. An empty file has no sources.
     */
    public static List<WebSource> readSources(Path file) {
        JsonNode sources = readFile(file).get("sources");
        if (sources == null || sources.isNull()) {
            return List.of();
        }
        try {
            return List.of(YAML.treeToValue(sources, WebSource[].class));
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() instanceof ConfigException ? e.getCause() : e;
            throw new ConfigException("sources file " + file + ": " + (cause instanceof ConfigException
                    ? cause.getMessage() : e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ConfigException("sources file " + file + ": " + e.getMessage(), e);
        }
    }

    public static NewsflowConfig defaults() {
        return NewsflowConfig.DEFAULT;
    }

    /** The configuration as YAML, as {@code newsflow config} prints it, with secret values masked. */
    public static String toYaml(NewsflowConfig config) {
        ObjectNode tree = YAML.valueToTree(config);
        maskSecrets(tree);
        try {
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new ConfigException("cannot print configuration: " + e.getMessage(), e);
        }
    }

    private static JsonNode readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file " + file + " does not exist or is not a file");
        }
        try {
            JsonNode node = YAML.readTree(file.toFile());
            if (node == null || node.isMissingNode() || node.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!node.isObject()) {
                throw new ConfigException("config file " + file + " must hold a mapping of keys, not " + node.getNodeType());
            }
            return node;
        } catch (IOException e) {
            throw new ConfigException("config file " + file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static void merge(ObjectNode into, JsonNode from, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode existing = into.get(field.getKey());
            boolean isPassThrough = key.equals("kafka.properties") || key.equals("kafka.streams");
            if (existing instanceof ObjectNode target && field.getValue().isObject() && !isPassThrough) {
                merge(target, field.getValue(), key);
            } else if (existing instanceof ObjectNode target && field.getValue().isObject()) {
                target.setAll((ObjectNode) field.getValue());
            } else {
                into.set(field.getKey(), field.getValue());
            }
        }
    }

    private static void applyEnvironment(ObjectNode tree, Map<String, String> env) {
        new TreeMap<>(env).forEach((name, value) -> {
            if (!name.startsWith("NEWSFLOW_") || NOT_KEYS.contains(name)) {
                return;
            }
            String key = ENV_ALIASES.getOrDefault(name, keyOf(tree, name));
            JsonNode current = at(tree, key);
            JsonNode node = current != null && current.isArray() ? list(value) : TextNode.valueOf(value);
            set(tree, key, node, "environment variable " + name);
        });
    }

    /** NEWSFLOW_SINK_MAX_RECORDS names sink.max-records when "sink" is a section, else max-records-... at the top. */
    private static String keyOf(ObjectNode tree, String envName) {
        String[] parts = envName.substring("NEWSFLOW_".length()).toLowerCase(Locale.ROOT).split("_");
        if (parts.length > 1 && tree.get(parts[0]) instanceof ObjectNode) {
            return parts[0] + "." + String.join("-", List.of(parts).subList(1, parts.length));
        }
        return String.join("-", parts);
    }

    private static ArrayNode list(String value) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (String item : value.split(",")) {
            if (!item.isBlank()) {
                array.add(item.trim());
            }
        }
        return array;
    }

    private static JsonNode at(ObjectNode tree, String dottedKey) {
        JsonNode node = tree;
        for (String part : dottedKey.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    private static void set(ObjectNode tree, String dottedKey, JsonNode value, String where) {
        String[] parts = dottedKey.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (!(child instanceof ObjectNode childObject)) {
                throw new ConfigException(where + ": unknown key '" + dottedKey + "'");
            }
            node = childObject;
        }
        String last = parts[parts.length - 1];
        boolean passThrough = parts.length >= 2 && parts[0].equals("kafka")
                && (parts[1].equals("properties") || parts[1].equals("streams"));
        if (!node.has(last) && !passThrough) {
            throw new ConfigException(where + ": unknown key '" + dottedKey + "'");
        }
        node.set(last, value);
    }

    private static NewsflowConfig bind(ObjectNode tree, String where) {
        try {
            return YAML.treeToValue(tree, NewsflowConfig.class);
        } catch (JsonMappingException e) {
            String key = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            Throwable cause = e.getCause() instanceof ConfigException ? e.getCause() : e;
            String why = cause instanceof ConfigException ? cause.getMessage() : e.getOriginalMessage();
            throw new ConfigException(where + (key.isEmpty() ? "" : ": key '" + key + "'") + ": " + why, e);
        } catch (IOException e) {
            throw new ConfigException(where + ": " + e.getMessage(), e);
        }
    }

    private static void maskSecrets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                JsonNode child = object.get(name);
                String lower = name.toLowerCase(Locale.ROOT);
                if (child.isValueNode() && (lower.contains("password") || lower.contains("secret")
                        || lower.contains("jaas") || lower.endsWith(".key") || lower.contains("token"))) {
                    object.put(name, "******");
                } else {
                    maskSecrets(child);
                }
            });
        }
    }

    private static SimpleModule valueModule() {
        SimpleModule module = new SimpleModule("newsflow-config-values");
        module.addDeserializer(Duration.class, new JsonDeserializer<>() {
            @Override
            public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return Durations.parse(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(p, e.getMessage(), e);
                }
            }
        });
        module.addSerializer(Duration.class, new JsonSerializer<>() {
            @Override
            public void serialize(Duration value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(Durations.format(value));
            }
        });
        module.addDeserializer(Path.class, new JsonDeserializer<>() {
            @Override
            public Path deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Path.of(p.getValueAsString());
            }
        });
        module.addSerializer(Path.class, new JsonSerializer<>() {
            @Override
            public void serialize(Path value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        return module;
    }
}
