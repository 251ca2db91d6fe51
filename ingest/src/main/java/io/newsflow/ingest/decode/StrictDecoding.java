package io.newsflow.ingest.decode;

import io.newsflow.ingest.item.InputCopies;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RejectReason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/** Decodes bytes in a character set, refusing invalid input with the offset of the first bad byte. */
final class StrictDecoding {
    private StrictDecoding() {
    }

    /**
     * Decodes {@code length} bytes from {@code offset}.
     *
     * @param what       names the input in the failure's detail ({@code "feed.jsonl:12"})
     * @param baseOffset added to offsets in the detail, so they count from the start of the file
     */
    static String decode(byte[] bytes, int offset, int length, Charset charset, String what, long baseOffset)
            throws DecodeFailure {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            long at = baseOffset + in.position() - offset;
            throw new DecodeFailure(RejectReason.INVALID_ENCODING, what + ": invalid " + charset.name()
                    + " at byte offset " + at, copy(bytes, offset, length));
        }
        return out.flip().toString();
    }

    private static InputCopy copy(byte[] bytes, int offset, int length) {
        byte[] head = Arrays.copyOfRange(bytes, offset, offset + Math.min(length, InputCopy.MAX_BYTES));
        return InputCopies.head(head, length);
    }
}
