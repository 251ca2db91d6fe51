package io.newsflow.ingest.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A byte order mark at the start of a text, and the character set it announces.
 *
 * @param charset the announced character set
 * @param length  the mark's length in bytes
 */
record Bom(Charset charset, int length) {
    private static final int EF = 0xEF;
    private static final int BB = 0xBB;
    private static final int BF = 0xBF;
    private static final int FE = 0xFE;
    private static final int FF = 0xFF;

    static Optional<Bom> of(byte[] bytes) {
        if (startsWith(bytes, EF, BB, BF)) {
            return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(bytes, FF, FE)) {
            return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        }
        if (startsWith(bytes, FE, FF)) {
            return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }

    boolean utf16() {
        return !charset.equals(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, int... mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }
}
