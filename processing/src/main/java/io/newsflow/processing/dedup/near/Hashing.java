package io.newsflow.processing.dedup.near;

import java.nio.charset.StandardCharsets;

/**
 * The 64-bit hashes behind shingles and MinHash. Hand-written (FNV-1a for strings, the SplitMix64 finaliser to
 * derive independent permutations) because the JDK has no 64-bit string hash and these two are a few lines each;
 * both are fixed algorithms, so signatures stay comparable across versions and instances.
 */
final class Hashing {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    static long of(String text) {
        long h = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /**
     * {@code of(String.join(" ", words[from..to)))} for words given as UTF-8, without joining them: the same bytes
     * go through the same hash.
     */
    static long of(byte[][] words, int from, int to) {
        long h = FNV_OFFSET;
        for (int w = from; w < to; w++) {
            if (w > from) {
                h ^= ' ';
                h *= FNV_PRIME;
            }
            for (byte b : words[w]) {
                h ^= b & 0xff;
                h *= FNV_PRIME;
            }
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: a bijection that spreads every input bit over the whole output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
