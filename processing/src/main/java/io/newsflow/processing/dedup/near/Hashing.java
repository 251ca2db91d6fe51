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
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return of(utf8, 0, utf8.length);
    }

    /** {@code of(text)} for the text whose UTF-8 bytes are {@code utf8[from, to)}. */
    static long of(byte[] utf8, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= utf8[i] & 0xff;
            h *= FNV_PRIME;
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
