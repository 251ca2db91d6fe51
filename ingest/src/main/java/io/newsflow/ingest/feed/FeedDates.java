package io.newsflow.ingest.feed;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Feed dates to ISO-8601: RFC 822 (RSS, with the usual sloppiness) and RFC 3339 (Atom, Dublin Core, JSON Feed). */
final class FeedDates {
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().parseLenient()
            .optionalStart().appendPattern("EEE, ").optionalEnd()
            .appendPattern("d MMM yyyy HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .appendPattern(" ")
            .optionalStart().appendOffset("+HHMM", "GMT").optionalEnd()
            .optionalStart().appendZoneText(java.time.format.TextStyle.SHORT).optionalEnd()
            .toFormatter(Locale.ENGLISH);

    private FeedDates() {
    }

    /** The date as ISO-8601, or null when it cannot be read. */
    static String iso(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replaceAll("\\s+", " ");
        try {
            return OffsetDateTime.parse(t).toString();
        } catch (DateTimeParseException e) {
            return rfc822(t.replace(" UT", " GMT").replace(" Z", " GMT"));
        }
    }

    private static String rfc822(String t) {
        try {
            return ZonedDateTime.parse(t, RFC_822).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return null; // an unreadable date is left out; the raw item keeps its title and link
        }
    }
}
