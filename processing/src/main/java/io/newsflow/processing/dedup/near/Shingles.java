package io.newsflow.processing.dedup.near;

import io.newsflow.processing.dedup.TextFingerprint;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The word shingles of a text: every run of {@code size} consecutive words, after the same normalisation as the
 * exact fingerprint (case, punctuation, quotes and line wrapping do not count). Digits are kept as words, so
 * two notices that differ in their numbers differ in every shingle that covers a number.
 */
public final class Shingles {
    private final List<String> words;
    private final int size;

    private Shingles(List<String> words, int size) {
        this.words = words;
        this.size = size;
    }

    public static Shingles of(String text, int size) {
        String normal = TextFingerprint.normalise(text);
        return new Shingles(normal.isEmpty() ? List.of() : List.of(normal.split(" ")), size);
    }

    public int words() {
        return words.size();
    }

    /**
     * The distinct shingle hashes, sorted; a text shorter than one shingle is one shingle. Each hash is
     * {@code Hashing.of(text(i))}, computed from the words' UTF-8 bytes without building the shingle's text.
     */
    public long[] hashes() {
        byte[][] utf8 = new byte[words.size()][];
        for (int w = 0; w < utf8.length; w++) {
            utf8[w] = words.get(w).getBytes(StandardCharsets.UTF_8);
        }
        int count = count();
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = Hashing.of(utf8, i, Math.min(utf8.length, i + size));
        }
        Arrays.sort(hashes);
        return distinct(hashes);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** The shingle starting at word {@code i}, as text. */
    public String text(int i) {
        return String.join(" ", words.subList(i, Math.min(words.size(), i + size)));
    }

    public int count() {
        return Math.max(1, words.size() - size + 1);
    }
}
