package io.newsflow.processing.dedup.near;

import io.newsflow.processing.dedup.TextFingerprint;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The word shingles of a text: every run of {@code size} consecutive words, after the same normalisation as the
 * exact fingerprint (case, punctuation, quotes and line wrapping do not count). Digits are kept as words, so
 * two notices that differ in their numbers differ in every shingle that covers a number.
 */
public final class Shingles {
    /** The normalised text as UTF-8: words separated by single spaces. */
    private final byte[] utf8;
    /** Where each word starts in {@link #utf8}. */
    private final int[] starts;
    private final int size;

    private Shingles(byte[] utf8, int[] starts, int size) {
        this.utf8 = utf8;
        this.starts = starts;
        this.size = size;
    }

    public static Shingles of(String text, int size) {
        byte[] utf8 = TextFingerprint.normalise(text).getBytes(StandardCharsets.UTF_8);
        return new Shingles(utf8, wordStarts(utf8), size);
    }

    /** A space byte never occurs inside a multi-byte UTF-8 sequence, so the words are between the spaces. */
    private static int[] wordStarts(byte[] utf8) {
        if (utf8.length == 0) {
            return new int[0];
        }
        int words = 1;
        for (byte b : utf8) {
            words += b == ' ' ? 1 : 0;
        }
        int[] starts = new int[words];
        int w = 1;
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == ' ') {
                starts[w++] = i + 1;
            }
        }
        return starts;
    }

    public int words() {
        return starts.length;
    }

    /**
     * The distinct shingle hashes, sorted; a text shorter than one shingle is one shingle. Each hash is
     * {@code Hashing.of(text(i))}: the words of a shingle and the single spaces between them are one slice of
     * the normalised text's bytes, hashed where they lie.
     */
    public long[] hashes() {
        int count = count();
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = Hashing.of(utf8, start(i), end(i));
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
        return new String(utf8, start(i), end(i) - start(i), StandardCharsets.UTF_8);
    }

    public int count() {
        return Math.max(1, starts.length - size + 1);
    }

    private int start(int shingle) {
        return starts.length == 0 ? 0 : starts[shingle];
    }

    /** The end of the shingle's last word: one before the start of the next word, or the end of the text. */
    private int end(int shingle) {
        int next = shingle + size;
        return next >= starts.length ? utf8.length : starts[next] - 1;
    }
}
