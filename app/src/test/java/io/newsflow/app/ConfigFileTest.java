package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.model.config.ConfigException;
import io.newsflow.model.config.ConfigLoader;
import io.newsflow.model.config.NewsflowConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped {@code config/newsflow.yaml}: every setting, documented, at its default. */
class ConfigFileTest {
    private static final Path FILE = Path.of("..", "config", "newsflow.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldLoadTheShippedConfigFileAsTheDefaults() {
        assertThat(ConfigLoader.load(FILE, Map.of(), Map.of())).isEqualTo(NewsflowConfig.DEFAULT);
    }

    @Test
    void shouldTakeTheHttpPortFromTheEnvironmentBesideTheLaunchersOwnVariables() {
        Map<String, String> env = Map.of("NEWSFLOW_HTTP_PORT", "9100", "NEWSFLOW_HTTP_HOST", "0.0.0.0",
                "NEWSFLOW_LOG_FORMAT", "json", "NEWSFLOW_LOG_LEVEL", "DEBUG", "NEWSFLOW_JAVA_OPTS", "-Xmx1g",
                "NEWSFLOW_REQUIRE_BROWSER", "1");

        NewsflowConfig config = ConfigLoader.load(FILE, env, Map.of());

        assertThat(config.http().port()).isEqualTo(9100);
        assertThat(config.http().host()).isEqualTo("0.0.0.0");
        assertThat(ConfigLoader.load(FILE, env, Map.of("http.port", 0)).http().enabled()).isFalse();
    }

    @Test
    void shouldNameTheKeyOfAnInvalidPort() {
        assertThatThrownBy(() -> ConfigLoader.load(FILE, Map.of("NEWSFLOW_HTTP_PORT", "70000"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http.port");
    }

    @Test
    void shouldNameEverySettingInTheShippedConfigFile() throws IOException {
        List<String> defaults = keys(YAML.readTree(ConfigLoader.toYaml(NewsflowConfig.DEFAULT)), "");
        List<String> shipped = keys(YAML.readTree(FILE.toFile()), "");

        assertThat(shipped).containsExactlyInAnyOrderElementsOf(defaults);
    }

    @Test
    void shouldExplainEverySettingWithAComment() throws IOException {
        List<String> lines = Files.readAllLines(FILE);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean key = line.matches("\\s*[a-z][a-z-]*:.*");
            if (key && !isSection(lines, i)) {
                assertThat(commentAbove(lines, i)).as("a comment above line %d: %s", i + 1, line).isTrue();
            }
        }
    }

    private static boolean isSection(List<String> lines, int i) {
        return lines.get(i).matches("[a-z-]+:\\s*") && i + 1 < lines.size() && lines.get(i + 1).startsWith("  ");
    }

    /** A comment right above, or above a group of at most three related keys (as for the web timeouts). */
    private static boolean commentAbove(List<String> lines, int i) {
        int keysBetween = 0;
        for (int j = i - 1; j >= 0 && keysBetween < 3; j--) {
            String above = lines.get(j).trim();
            if (above.startsWith("#")) {
                return true;
            }
            if (above.isEmpty() || above.endsWith(":")) {
                return false;
            }
            keysBetween += above.startsWith("-") ? 0 : 1;
        }
        return false;
    }

    private static List<String> keys(JsonNode node, String prefix) {
        List<String> keys = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            if (field.getValue().isObject() && field.getValue().size() > 0) {
                keys.addAll(keys(field.getValue(), key + "."));
            } else {
                keys.add(key);
            }
        }
        return keys;
    }
}
