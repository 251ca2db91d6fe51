package io.newsflow.ingest.decode;

import io.newsflow.ingest.file.InputFile;
import io.newsflow.ingest.item.InputCopies;
import io.newsflow.model.InputCopy;
import io.newsflow.model.RejectReason;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/** The failures of reading a whole file, with details that name the file. */
final class Refusals {
    private Refusals() {
    }

    static DecodeFailure tooLarge(InputFile file, String what, long limit, byte[] head) {
        return new DecodeFailure(RejectReason.TOO_LARGE, what + " is larger than " + limit + " bytes"
                + (file.type().gzip() ? " after decompression" : ""), InputCopies.head(head, size(file, head)));
    }

    static DecodeFailure badCompression(InputFile file, String what, BadCompressionException e) {
        return new DecodeFailure(RejectReason.BAD_COMPRESSION, what + ": corrupt or truncated gzip ("
                + e.getMessage() + ")", storedHead(file));
    }

    static DecodeFailure unreadable(InputFile file, String what, IOException e) {
        String why = e instanceof NoSuchFileException ? "the file no longer exists"
                : e instanceof AccessDeniedException ? "permission denied" : e.toString();
        return new DecodeFailure(RejectReason.UNREADABLE, what + ": cannot read " + file.sourcePath() + ": " + why,
                InputCopy.of(new byte[0]));
    }

    static DecodeFailure unsupported(InputFile file) {
        return new DecodeFailure(RejectReason.UNSUPPORTED_FORMAT, file.sourcePath() + ": not a file type ingest"
                + " reads (.txt, .html, .htm, .json, .jsonl, .ndjson, each optionally .gz)", storedHead(file));
    }

    static DecodeFailure empty(String what, byte[] bytes) {
        return new DecodeFailure(RejectReason.EMPTY_INPUT, what + ": empty or only white space",
                TextDecoder.copy(bytes));
    }

    static InputCopy storedHead(InputFile file) {
        byte[] head = FileInput.head(file.path(), InputCopy.MAX_BYTES);
        return InputCopies.head(head, size(file, head));
    }

    /** The file's size on disk; the head's length when even that cannot be told. */
    private static long size(InputFile file, byte[] head) {
        try {
            return file.type().gzip() ? head.length : Files.size(file.path());
        } catch (IOException e) {
            return head.length;
        }
    }
}
