package io.newsflow.model.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void shouldWriteAMapsEntriesInKeyOrderWhateverOrderTheMapIteratesIn() throws JsonProcessingException {
        // Map.of iterates in an order salted per JVM: with eight keys, the chance it is the sorted one is 1 in 40,320
        Map<String, Double> categories = Map.of("world", 0.9, "politics", 0.05, "business", 0.02, "sport", 0.01,
                "science", 0.01, "entertainment", 0.005, "health", 0.003, "travel", 0.002);

        String json = Json.mapper().writeValueAsString(categories);

        assertThat(json).isEqualTo("{\"business\":0.02,\"entertainment\":0.005,\"health\":0.003,"
                + "\"politics\":0.05,\"science\":0.01,\"sport\":0.01,\"travel\":0.002,\"world\":0.9}");
    }
}
