package io.newsflow.ingest.decode;

/**
 * One line of a JSON Lines file, without its line break.
 *
 * @param number     1-based line number
 * @param offset     byte offset of the line's start in the (decompressed) file
 * @param bytes      the line's bytes; for a line longer than the limit, only its first bytes
 * @param fullLength the line's full length in bytes
 */
record Line(long number, long offset, byte[] bytes, long fullLength) {

    boolean tooLong() {
        return fullLength > bytes.length;
    }

    boolean blank() {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return !tooLong();
    }
}
