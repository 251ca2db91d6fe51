package io.newsflow.processing.dedup.near;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SalientTokensTest {
    @Test
    void shouldSketchNamesInsideSentencesAndEveryNumber() {
        SalientTokens.Sketches s = SalientTokens.of("Shares of Acme rose 12% on Monday. Analysts at Globex said "
                + "ACME and acme's 2024 results beat 12 forecasts. Acme closed at 3.5.");

        assertThat(s.nameCount()).as("Acme, Monday, Globex, ACME (= acme), acme's is lower-case").isEqualTo(3);
        assertThat(s.numberCount()).as("12, 2024, 3, 5").isEqualTo(4);
        assertThat(s.names()).containsExactly(leastHashes(24, "acme", "monday", "globex"));
        assertThat(s.numbers()).containsExactly(leastHashes(24, "12", "2024", "3", "5"));
    }

    @Test
    void shouldKeepOnlyTheLeastHashesOfManyTokens() {
        String[] names = IntStream.range(0, 100).mapToObj(i -> "Name" + (char) ('a' + i % 26) + (char) ('a' + i / 26))
                .toArray(String[]::new);
        String text = "Met " + String.join(" and ", names) + ".";

        SalientTokens.Sketches s = SalientTokens.of(text);

        assertThat(s.nameCount()).isEqualTo(100);
        assertThat(s.names()).hasSize(SalientTokens.SKETCH_SIZE).containsExactly(leastHashes(24, names));
        assertThat(SalientTokens.sketch(text)).isEqualTo(s.names());
    }

    /** The definition: the k least of the 32-bit hashes of the distinct lower-cased tokens, sorted. */
    private static int[] leastHashes(int k, String... tokens) {
        TreeSet<Integer> hashes = new TreeSet<>();
        for (String t : tokens) {
            hashes.add((int) (Hashing.of(t.toLowerCase(Locale.ROOT)) >>> 32));
        }
        return hashes.stream().limit(k).mapToInt(Integer::intValue).toArray();
    }
}
