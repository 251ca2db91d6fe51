package io.newsflow.ingest.decode;

/**
 * Tells binary data from text by its first 8000 bytes or characters, the way git and grep do: a NUL is
 * binary, and so is a share of control characters (other than tab, line breaks, form feed and escape) above
 * one in ten.
 */
final class BinarySniffer {
    private static final int WINDOW = 8000;
    private static final int MAX_CONTROL_PERCENT = 10;

    private BinarySniffer() {
    }

    static boolean looksBinary(byte[] bytes, int from) {
        int end = Math.min(bytes.length, from + WINDOW);
        int controls = 0;
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            controls += control(b) ? 1 : 0;
        }
        return tooMany(controls, end - from);
    }

    static boolean looksBinary(CharSequence text) {
        int end = Math.min(text.length(), WINDOW);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            controls += control(c) ? 1 : 0;
        }
        return tooMany(controls, end);
    }

    private static boolean control(int c) {
        boolean textControl = c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B || c == 0x1B;
        return (c < 0x20 && !textControl) || c == 0x7F;
    }

    private static boolean tooMany(int controls, int total) {
        return total > 0 && controls * 100 > total * MAX_CONTROL_PERCENT;
    }
}
