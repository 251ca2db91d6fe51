package io.newsflow.ingest.decode;

import io.newsflow.ingest.item.InputCopies;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RejectReason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns a whole input's bytes into text. A byte order mark decides the character set (UTF-8, UTF-16LE or
 * UTF-16BE) and is dropped; otherwise an HTML page's declared character set is honoured; otherwise the bytes
 * must be strict UTF-8. Binary data is refused before decoding (NUL bytes, control characters), and once more
 * after decoding, which catches binary data behind a UTF-16 mark.
 */
final class TextDecoder {
    private TextDecoder() {
    }

    /**
     * @param html whether the input is HTML, whose {@code <meta charset>} is honoured
     * @param what names the input in failure details
     */
    static String decode(byte[] bytes, boolean html, String what) throws DecodeFailure {
        Optional<Bom> bom = Bom.of(bytes);
        int start = bom.map(Bom::length).orElse(0);
        if (bom.map(b -> !b.utf16()).orElse(true) && BinarySniffer.looksBinary(bytes, start)) {
            throw binary(bytes, what);
        }
        Charset charset = bom.map(Bom::charset).orElseGet(() -> declaredOrUtf8(bytes, html));
        String text = StrictDecoding.decode(bytes, start, bytes.length - start, charset, what, start);
        if (BinarySniffer.looksBinary(text)) {
            throw binary(bytes, what);
        }
        return text;
    }

    private static Charset declaredOrUtf8(byte[] bytes, boolean html) {
        return html ? HtmlCharsetSniffer.sniff(bytes, 0).orElse(StandardCharsets.UTF_8) : StandardCharsets.UTF_8;
    }

    private static DecodeFailure binary(byte[] bytes, String what) {
        return new DecodeFailure(RejectReason.BINARY_CONTENT, what + ": binary data, not text (NUL bytes or"
                + " control characters)", copy(bytes));
    }

    static InputCopy copy(byte[] bytes) {
        return InputCopies.head(Arrays.copyOf(bytes, Math.min(bytes.length, InputCopy.MAX_BYTES)), bytes.length);
    }
}
