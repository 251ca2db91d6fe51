package io.newsflow.processing.dedup.near;

import io.newsflow.processing.dedup.TextFingerprint;
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

    /** The distinct shingle hashes, sorted; a text shorter than one shingle is one shingle. */
    public long[] hashes() {
        int count = Math.max(1, words.size() - size + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = Hashing.of(text(i));
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    /** The shingle starting at word {@code i}, as text. */
    public String text(int i) {
        return String.join(" ", words.subList(i, Math.min(words.size(), i + size)));
    }

    public int count() {
        return Math.max(1, words.size() - size + 1);
    }
}
