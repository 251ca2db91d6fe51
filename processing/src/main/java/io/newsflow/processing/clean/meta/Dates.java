package io.newsflow.processing.clean.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages carry (ISO-8601, RFC 1123, "March 6, 2021", "6 Mar 2021", "2021/03/06", dates inside
 * URLs) and writes them as ISO-8601: a date-time with offset when the source has one, else a local date-time,
 * else a date. Only English month names are read. Years outside 1990..2100 are refused as implausible.
 */
public final class Dates {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_YMD = Pattern.compile("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b");
    private static final Pattern URL_DATE = Pattern.compile("/(\\d{4})/(\\d{1,2})/(\\d{1,2})/");
    private static final Pattern URL_COMPACT_DATE = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})[/_.-]");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final DateTimeFormatter LENIENT_ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]")
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private Dates() {
    }

    /** A machine-readable date (meta tags, JSON-LD, {@code <time datetime>}) as ISO-8601. */
    public static Optional<String> parseMachine(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        return firstPresent(() -> isoDateTime(v), () -> rfc1123(v), () -> isoDateOnly(v)).or(() -> parseText(v));
    }

    /** A date written for people somewhere in a short text ("March 6, 2021", "Updated 6 Mar 2021 10:02"). */
    public static Optional<String> parseText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return firstPresent(() -> monthDayYear(text), () -> dayMonthYear(text), () -> numericYmd(text));
    }

    /** A date in a URL path: {@code /2021/03/06/} or {@code -20210306-}. */
    public static Optional<String> parseUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        Matcher c = URL_COMPACT_DATE.matcher(url);
        return c.find() ? date(c.group(1), c.group(2), c.group(3)) : Optional.empty();
    }

    /**
     * The first reading that finds a date, trying each only when those before it found none: most values have one
     * shape, and a failed {@code java.time} parse costs an exception.
     */
    @SafeVarargs
    private static Optional<String> firstPresent(Supplier<Optional<String>>... readers) {
        for (Supplier<Optional<String>> reader : readers) {
            Optional<String> found = reader.get();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> isoDateTime(String v) {
        String common = IsoTimestamps.read(v);
        return common != null ? Optional.of(common) : isoDateTimeByFormatter(v);
    }

    /** {@link #isoDateTime} by the general formatter, which reads every shape {@code LENIENT_ISO} allows. */
    static Optional<String> isoDateTimeByFormatter(String v) {
        try {
            var parsed = LENIENT_ISO.parseBest(v, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime odt) {
                return plausible(odt.getYear()) ? Optional.of(odt.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                        : Optional.empty();
            }
            LocalDateTime ldt = (LocalDateTime) parsed;
            return plausible(ldt.getYear()) ? Optional.of(ldt.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                    : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty(); // not this shape: the next reader tries
        }
    }

    private static Optional<String> rfc1123(String v) {
        try {
            ZonedDateTime z = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            return plausible(z.getYear())
                    ? Optional.of(z.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty(); // not this shape: the next reader tries
        }
    }

    private static Optional<String> isoDateOnly(String v) {
        if (v.length() < 10) {
            return Optional.empty();
        }
        Matcher m = NUMERIC_YMD.matcher(v.substring(0, 10));
        return m.matches() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<String> monthDayYear(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        return m.find() ? date(m.group(3), monthNumber(m.group(1)), m.group(2)) : Optional.empty();
    }

    private static Optional<String> dayMonthYear(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        return m.find() ? date(m.group(3), monthNumber(m.group(2)), m.group(1)) : Optional.empty();
    }

    private static Optional<String> numericYmd(String text) {
        Matcher m = NUMERIC_YMD.matcher(text);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static String monthNumber(String name) {
        return Integer.toString(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
    }

    private static Optional<String> date(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return plausible(d.getYear()) ? Optional.of(d.toString()) : Optional.empty();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 2021/13/45 is no date
        }
    }

    static boolean plausible(int year) {
        return year >= 1990 && year <= 2100;
    }

}
