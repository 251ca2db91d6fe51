package io.newsflow.ingest.decode;

import io.newsflow.model.Checks;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RejectReason;
import java.nio.charset.Charset;

/**
 * Turns a fetched body into text with the same rules as a file: a byte order mark wins, then the charset the
 * server declared, then an HTML page's {@code <meta charset>}, else strict UTF-8; binary data is refused.
 */
public final class BodyText {
    private BodyText() {
    }

    /** The decoded text, or why it could not be decoded. */
    public sealed interface Result permits Text, Failed {
    }

    public record Text(String text) implements Result {
    }

    public record Failed(RejectReason reason, String detail, InputCopy input) implements Result {
    }

    /**
     * @param declared the charset from the Content-Type header, or null
     * @param what     names the input (its URL) in the failure's detail
     */
    public static Result decode(byte[] bytes, Charset declared, boolean html, String what) {
        Checks.notNull(bytes, "bytes");
        Checks.notNull(what, "what");
        try {
            if (declared != null && Bom.of(bytes).isEmpty()) {
                return new Text(declaredCharset(bytes, declared, what));
            }
            return new Text(TextDecoder.decode(bytes, html, what));
        } catch (DecodeFailure f) {
            return new Failed(f.reason(), f.getMessage(), f.input());
        }
    }

    private static String declaredCharset(byte[] bytes, Charset declared, String what) throws DecodeFailure {
        if (BinarySniffer.looksBinary(bytes, 0) && !declared.name().startsWith("UTF-16")) {
            throw new DecodeFailure(RejectReason.BINARY_CONTENT, what + ": binary data, not text (NUL bytes or"
                    + " control characters)", TextDecoder.copy(bytes));
        }
        return StrictDecoding.decode(bytes, 0, bytes.length, declared, what, 0);
    }
}
