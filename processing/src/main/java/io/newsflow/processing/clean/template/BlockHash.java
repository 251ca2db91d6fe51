package io.newsflow.processing.clean.template;

/**
 * A 64-bit hash of a block's text that ignores what changes between a template's copies: case, white space,
 * punctuation and digits ("© 2024" and "© 2025", "12 comments" and "3 comments" hash alike). FNV-1a over the
 * normalised characters; hand-written because it is ten lines and allocation-free.
 */
final class BlockHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private BlockHash() {
    }

    static long of(String block) {
        long h = OFFSET;
        boolean gap = false;
        boolean digits = false;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
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
        return h;
    }

    private static long mix(long h, int c) {
        return c == 0 ? h : (h ^ c) * PRIME;
    }
}
