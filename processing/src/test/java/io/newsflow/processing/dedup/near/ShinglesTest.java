package io.newsflow.processing.dedup.near;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    @Test
    void shouldHashEachShingleAsTheHashOfItsText() {
        Shingles shingles = Shingles.of("Zürich’s mayor said: the mayor said “no”, and the mayor said it again — "
                + "naïve café owners said 42 times", 3);

        long[] expected = IntStream.range(0, shingles.count()).mapToLong(i -> Hashing.of(shingles.text(i)))
                .sorted().distinct().toArray();

        assertThat(shingles.hashes()).containsExactly(expected);
    }

    @Test
    void shouldKeepEachRepeatedShingleOnce() {
        Shingles shingles = Shingles.of("the mayor said the mayor said the mayor said", 3);

        assertThat(shingles.count()).isEqualTo(7);
        assertThat(shingles.hashes()).hasSize(3);
    }

    @Test
    void shouldMakeAShortTextOneShingle() {
        Shingles shingles = Shingles.of("Two words", 3);

        assertThat(shingles.hashes()).containsExactly(Hashing.of("two words"));
    }
}
