package io.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.kafka.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench pipeline} end to end on a tiny workload; timings are not asserted, only that it all ran. */
class BenchPipelineIT {
    private static final List<String> KEYS = List.of("passthrough_rps", "pipeline_rps", "ratio", "html_pages_per_s",
            "shape_rps", "shape_ratio", "jit_text_ms", "jit_html_ms", "p50_ms", "p99_ms", "warmup_p99_ms", "heap_mb",
            "rss_mb", "state_bytes_per_article", "output_bytes_per_article");

    @TempDir
    Path dir;

    @Test
    void shouldMeasureEveryStageOnATinyWorkloadAndEndWithAJsonLine() throws Exception {
        StringWriter out = new StringWriter();

        int code = Newsflow.commandLine().setOut(new PrintWriter(out)).execute("bench", "pipeline", "--articles", "40",
                "--pages", "4", "--warmup", "0", "--latency-duration", "2s", "--latency-warmup", "1s", "--work-dir", dir.toString());

        assertThat(code).as(out.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("newsflow bench pipeline: 40 text articles");
        assertThat(out.toString()).contains("pass-through, text", "repartitions (the shape, no work)", "pipeline, HTML",
                "JIT compiler time", "latency at", "memory");
        JsonNode json = Json.mapper().readTree(lines.get(lines.size() - 1));
        for (String key : KEYS) {
            assertThat(json.path(key).isNumber()).as(key).isTrue();
        }
        assertThat(json.path("articles").asInt()).isEqualTo(40);
        assertThat(json.path("html_pages").asInt()).isEqualTo(4);
        assertThat(json.path("pipeline_rps").asDouble()).isPositive();
        assertThat(json.path("html_pages_per_s").asDouble()).isPositive();
        assertThat(json.path("shape_rps").asDouble()).isPositive();
        assertThat(json.path("output_bytes_per_article").asLong()).isPositive();
    }
}
