package io.newsflow.processing.dedup.near;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHasherTest {
    @Test
    void shouldTakeForEachPermutationTheLeastMixedShingle() {
        long[] shingles = new Random(7).longs(300).toArray();
        MinHasher hasher = new MinHasher(16);

        int[] signature = hasher.signature(shingles);

        for (int i = 0; i < 16; i++) {
            long seed = Hashing.mix(0x9e3779b97f4a7c15L * (i + 1));
            long least = Long.MAX_VALUE;
            for (long shingle : shingles) {
                least = Math.min(least, Hashing.mix(shingle ^ seed) >>> 1);
            }
            assertThat(signature[i]).as("permutation %d", i).isEqualTo((int) (least >>> 31));
        }
    }

    @Test
    void shouldAgreeOnEveryValueForTheSameShingleSet() {
        MinHasher hasher = new MinHasher(128);

        assertThat(hasher.signature(new long[] {3, 1, 2})).isEqualTo(hasher.signature(new long[] {2, 3, 1}));
    }
}
