package io.newsflow.ingest.item;

import io.newsflow.model.InputCopy;

/** Copies of inputs that were not read whole: the head is kept, the full size is stated. */
public final class InputCopies {
    private InputCopies() {
    }

    /** A copy of {@code head}, the first bytes of an input of {@code totalBytes} bytes. */
    public static InputCopy head(byte[] head, long totalBytes) {
        InputCopy copy = InputCopy.of(head);
        long total = Math.max(totalBytes, head.length);
        return new InputCopy(copy.encoding(), copy.data(), total, copy.truncated() || total > head.length);
    }
}
