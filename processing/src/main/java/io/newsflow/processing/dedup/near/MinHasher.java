package io.newsflow.processing.dedup.near;

/**
 * MinHash over shingle hashes: value {@code i} of a signature is the least of {@code mix(shingle ^ seed_i)}
 * over the text's shingles, so two signatures agree at {@code i} with probability equal to the Jaccard
 * similarity of the two shingle sets. Only the upper 32 bits are kept.
 */
public final class MinHasher {
    private final long[] seeds;

    public MinHasher(int permutations) {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be 1 or more, was " + permutations);
        }
        seeds = new long[permutations];
        for (int i = 0; i < permutations; i++) {
            seeds[i] = Hashing.mix(0x9e3779b97f4a7c15L * (i + 1));
        }
    }

    public int permutations() {
        return seeds.length;
    }

    public int[] signature(long[] shingles) {
        int[] mins = new int[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            mins[i] = min(shingles, seeds[i]);
        }
        return mins;
    }

    private static int min(long[] shingles, long seed) {
        long least = Long.MAX_VALUE;
        for (long shingle : shingles) {
            least = Math.min(least, Hashing.mix(shingle ^ seed) >>> 1);
        }
        return (int) (least >>> 31);
    }
}
