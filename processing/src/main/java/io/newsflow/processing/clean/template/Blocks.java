package io.newsflow.processing.clean.template;

import java.util.ArrayList;
import java.util.List;

/**
 * A body as template learning reads it: its lines (as {@code body.split("\n", -1)} cuts them), the
 * {@link BlockHash} of each line and the hash of the whole body, all from one pass over its characters.
 * {@link SiteTemplates#strip} and {@link SiteTemplates#learn} read the same lines of the same body; hashing them
 * once for both, with the body, replaces three passes (measured: see the commit that made this class).
 */
final class Blocks {
    private final String body;
    private final List<String> lines;
    private final long[] hashes;
    private final long bodyHash;

    private Blocks(String body, List<String> lines, long[] hashes, long bodyHash) {
        this.body = body;
        this.lines = lines;
        this.hashes = hashes;
        this.bodyHash = bodyHash;
    }

    static Blocks of(String body) {
        List<String> lines = new ArrayList<>();
        long[] hashes = new long[16];
        BlockHash whole = new BlockHash();
        BlockHash line = new BlockHash();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            whole.add(c);
            if (c == '\n') {
                hashes = add(hashes, lines.size(), line.value());
                lines.add(body.substring(start, i));
                line = new BlockHash();
                start = i + 1;
            } else {
                line.add(c);
            }
        }
        hashes = add(hashes, lines.size(), line.value());
        lines.add(body.substring(start));
        return new Blocks(body, lines, hashes, whole.value());
    }

    private static long[] add(long[] hashes, int index, long hash) {
        long[] out = index < hashes.length ? hashes : java.util.Arrays.copyOf(hashes, hashes.length * 2);
        out[index] = hash;
        return out;
    }

    String body() {
        return body;
    }

    long bodyHash() {
        return bodyHash;
    }

    int size() {
        return lines.size();
    }

    String line(int i) {
        return lines.get(i);
    }

    /** Whether line {@code i} is a block: not blank, and not longer than {@link SiteTemplates#MAX_BLOCK_CHARS}. */
    boolean isBlock(int i) {
        String line = lines.get(i);
        return line.length() <= SiteTemplates.MAX_BLOCK_CHARS && !line.isBlank();
    }

    long hash(int i) {
        return hashes[i];
    }
}
