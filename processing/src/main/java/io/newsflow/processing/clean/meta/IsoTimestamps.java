package io.newsflow.processing.clean.meta;

import java.time.Month;
import java.time.Year;

/**
 * Reads the shape nearly every machine-readable date of a page has, {@code 2021-03-06T10:02:00Z} ({@code T} or a
 * space, a fraction of 3, 6 or 9 digits or none, an offset {@code Z} or {@code ±HH:MM} or none; 88 % of the dev set's
 * dates), by hand, and writes it as {@link Dates} does with java.time ({@code ISO_OFFSET_DATE_TIME} or
 * {@code ISO_LOCAL_DATE_TIME}, without the fraction): the same answer as {@link Dates}' lenient ISO formatter, whose
 * general parse tries each optional section of its pattern in turn and cost about as much as the rest of the metadata
 * together. Any other shape, and any value that formatter would adjust or refuse (a day past the month's end, hour
 * 24, an offset beyond 17 hours) or that {@link Dates} finds implausible, is left to it: the answer is then null.
 */
final class IsoTimestamps {
    private static final int MAX_OFFSET_HOURS = 17;

    private IsoTimestamps() {
    }

    /** {@code value} (stripped) as ISO-8601 with seconds and no fraction, or null when it is not the common shape. */
    static String read(String value) {
        int n = value.length();
        if (n < "yyyy-mm-ddThh:mm:ss".length() || !isDate(value) || !isSeparator(value.charAt(10))
                || !isTime(value)) {
            return null;
        }
        int at = afterFraction(value, 19);
        if (at < 0) {
            return null;
        }
        int year = number(value, 0, 4);
        int month = number(value, 5, 7);
        int day = number(value, 8, 10);
        int hour = number(value, 11, 13);
        int minute = number(value, 14, 16);
        int second = number(value, 17, 19);
        if (!Dates.plausible(year) || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year)) || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        // Four-digit year, two-digit fields and seconds always: what the ISO formatters print for these values.
        String local = value.substring(0, 10) + 'T' + value.substring(11, 19);
        if (at == n) {
            return local;
        }
        String offset = offset(value, at);
        return offset == null ? null : local + offset;
    }

    private static boolean isDate(String v) {
        return digits(v, 0, 4) && v.charAt(4) == '-' && digits(v, 5, 7) && v.charAt(7) == '-' && digits(v, 8, 10);
    }

    private static boolean isSeparator(char c) {
        return c == 'T' || c == 't' || c == ' ';
    }

    private static boolean isTime(String v) {
        return digits(v, 11, 13) && v.charAt(13) == ':' && digits(v, 14, 16) && v.charAt(16) == ':'
                && digits(v, 17, 19);
    }

    /** Where the text after an optional fraction of 3, 6 or 9 digits at {@code from} starts, or -1. */
    private static int afterFraction(String v, int from) {
        if (from == v.length() || v.charAt(from) != '.') {
            return from;
        }
        int end = from + 1;
        while (end < v.length() && isDigit(v.charAt(end))) {
            end++;
        }
        int digits = end - from - 1;
        return digits == 3 || digits == 6 || digits == 9 ? end : -1;
    }

    /**
     * The offset {@code Z} or {@code ±HH:MM} that ends {@code v} at {@code at} as java.time writes it (a zero offset as
     * {@code Z}), or null.
     */
    private static String offset(String v, int at) {
        int n = v.length();
        if (n == at + 1 && (v.charAt(at) == 'Z' || v.charAt(at) == 'z')) {
            return "Z";
        }
        char sign = v.charAt(at);
        if (n != at + 6 || sign != '+' && sign != '-' || !digits(v, at + 1, at + 3) || v.charAt(at + 3) != ':'
                || !digits(v, at + 4, at + 6)) {
            return null;
        }
        int hours = number(v, at + 1, at + 3);
        int minutes = number(v, at + 4, at + 6);
        if (hours > MAX_OFFSET_HOURS || minutes > 59) {
            return null;
        }
        return hours == 0 && minutes == 0 ? "Z" : v.substring(at);
    }

    private static boolean digits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int number(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = 10 * n + v.charAt(i) - '0';
        }
        return n;
    }
}
