package io.newsflow.processing.dedup.near;

import io.newsflow.model.Checks;

/**
 * What near-duplicate detection keeps of a text: the low byte of each MinHash value (b-bit MinHash, Li and
 * König 2010: 1 byte instead of 4 per value, the chance agreement of 1/256 corrected for), the number of
 * distinct shingles and words, and sketches of its names and its numbers.
 *
 * @param minBytes the low 8 bits of each MinHash value
 * @param shingles distinct shingles in the text
 * @param words    words in the text
 * @param names    bottom-k sketch of the text's names ({@link SalientTokens})
 * @param nameCount how many distinct names the text has
 * @param numbers  bottom-k sketch of the text's numbers
 * @param numberCount how many distinct numbers the text has
 */
public record NearFingerprint(byte[] minBytes, int shingles, int words, int[] names, int nameCount, int[] numbers,
                              int numberCount) {
    public NearFingerprint {
        Checks.notNull(minBytes, "minBytes");
        Checks.notNull(names, "names");
        Checks.notNull(numbers, "numbers");
    }

    public static NearFingerprint of(int[] signature, int shingles, int words, int[] names, int nameCount,
                                     int[] numbers, int numberCount) {
        byte[] low = new byte[signature.length];
        for (int i = 0; i < signature.length; i++) {
            low[i] = (byte) signature[i];
        }
        return new NearFingerprint(low, shingles, words, kept(names, nameCount), nameCount, kept(numbers, numberCount),
                numberCount);
    }

    /**
     * A sketch is only compared while both texts have few names (or numbers) ({@link NearDuplicatePolicy}): for a
     * text with more, only the count is kept.
     */
    private static int[] kept(int[] sketch, int count) {
        return count > NearDuplicatePolicy.MAX_SALIENT_TOKENS ? new int[0] : sketch;
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(NearFingerprint other) {
        int n = Math.min(minBytes.length, other.minBytes.length);
        int same = 0;
        for (int i = 0; i < n; i++) {
            same += minBytes[i] == other.minBytes[i] ? 1 : 0;
        }
        double chance = 1.0 / 256;
        return Math.max(0, Math.min(1, ((double) same / n - chance) / (1 - chance)));
    }
}
