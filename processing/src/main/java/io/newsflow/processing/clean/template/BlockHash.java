package io.newsflow.processing.clean.template;

/**
 * A 64-bit hash of a block's text that ignores what changes between a template's copies: case, white space,
 * punctuation and digits ("© 2024" and "© 2025", "12 comments" and "3 comments" hash alike). FNV-1a over the
 * normalised characters; hand-written because it is ten lines and allocation-free. Fed a character at a time
 * ({@link #add}), so that {@link Blocks} hashes a body and each of its lines in one pass.
 */
final class BlockHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long h = OFFSET;
    private boolean gap;
    private boolean digits;

    static long of(String block) {
        BlockHash hash = new BlockHash();
        for (int i = 0; i < block.length(); i++) {
            hash.add(block.charAt(i));
        }
        return hash.value();
    }

    void add(char c) {
        if (Character.isDigit(c)) {
            if (!digits) {
                h = mix(mix(h, gap ? ' ' : 0), '0');
            }
            digits = true;
            gap = false;
        } else if (Character.isLetter(c)) {
            if (gap) {
                h = mix(h, ' ');
            }
            h = mix(h, Character.toLowerCase(c));
            digits = false;
            gap = false;
        } else {
            gap = true;
            digits = false;
        }
    }

    long value() {
        return h;
    }

    private static long mix(long h, int c) {
        return c == 0 ? h : (h ^ c) * PRIME;
    }
}
