package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A bounded copy of a rejected input, so a dead letter shows what was wrong without carrying a 50 MB page.
 * Valid UTF-8 is kept as text; anything else as base64.
 *
 * @param encoding      {@code utf-8} or {@code base64}
 * @param data          the first bytes of the input in that encoding
 * @param originalBytes the input's full size in bytes
 * @param truncated     whether {@code data} holds less than the whole input
 */
public record InputCopy(Encoding encoding, String data, long originalBytes, boolean truncated) {
    /** At most this many bytes of a rejected input are copied into its dead letter. */
    public static final int MAX_BYTES = 4096;

    public enum Encoding {
        UTF_8("utf-8"),
        BASE64("base64");

        private final String id;

        Encoding(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    public InputCopy {
        Checks.notNull(encoding, "encoding");
        Checks.notNull(data, "data");
    }

    public static InputCopy of(byte[] input) {
        Checks.notNull(input, "input");
        byte[] head = input.length > MAX_BYTES ? Arrays.copyOf(input, MAX_BYTES) : input;
        boolean truncated = head.length < input.length;
        String text = strictUtf8(head, truncated);
        if (text != null) {
            return new InputCopy(Encoding.UTF_8, text, input.length, truncated);
        }
        return new InputCopy(Encoding.BASE64, Base64.getEncoder().encodeToString(head), input.length, truncated);
    }

    public static InputCopy of(String input) {
        Checks.notNull(input, "input");
        return of(input.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes strictly; a cut at MAX_BYTES may split a character, which is tolerated at the end only. */
    private static String strictUtf8(byte[] bytes, boolean cut) {
        int length = bytes.length;
        for (int attempt = 0; attempt < (cut ? 4 : 1) && length > 0; attempt++, length--) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, length))
                        .toString();
            } catch (CharacterCodingException e) {
                // try one byte shorter, in case the cut split a multi-byte character
            }
        }
        return bytes.length == 0 ? "" : null;
    }
}
