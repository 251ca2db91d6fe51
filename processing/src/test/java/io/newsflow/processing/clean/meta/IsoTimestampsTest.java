package io.newsflow.processing.clean.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTimestampsTest {
    private static final List<String> YEARS = List.of("2021", "1990", "2100", "2024", "1989", "2101", "20210");
    private static final List<String> MONTHS = List.of("01", "02", "12", "04", "00", "13", "1");
    private static final List<String> DAYS = List.of("01", "28", "30", "29", "31", "00", "32", "9");
    private static final List<String> SEPARATORS = List.of("T", "t", " ", "x", "T ", "");
    private static final List<String> HOURS = List.of("00", "09", "23", "24", "7");
    private static final List<String> MINUTES = List.of("00", "59", "60");
    private static final List<String> SECONDS = List.of(":00", ":59", "", ":60", ":5", ":");
    private static final List<String> FRACTIONS = List.of("", ".123", ".123456", ".123456789", ".1", ".1234",
            ".1234567890", ".", ",123");
    private static final List<String> OFFSETS = List.of("Z", "+05:30", "", "z", "+00:00", "-00:00", "-03:30", "+17:59",
            "+18:00", "+19:00", "+0200", "+02", " Z", "+05:60", "UTC", "Z ");

    @Test
    void shouldAnswerAsTheGeneralFormatterDoesWheneverItAnswers() {
        Random random = new Random(20260511L);
        int answered = 0;
        for (int i = 0; i < 30_000; i++) {
            String value = pick(random, YEARS) + "-" + pick(random, MONTHS) + "-" + pick(random, DAYS)
                    + pick(random, SEPARATORS) + pick(random, HOURS) + ":" + pick(random, MINUTES)
                    + pick(random, SECONDS) + pick(random, FRACTIONS) + pick(random, OFFSETS);
            String fast = IsoTimestamps.read(value);
            if (fast != null) {
                answered++;
                assertThat(fast).as(value).isEqualTo(Dates.isoDateTimeByFormatter(value).orElse(null));
            }
        }
        assertThat(answered).isGreaterThan(3_000);
    }

    @Test
    void shouldReadTheCommonShapesOfPages() {
        assertThat(IsoTimestamps.read("2021-03-06T10:02:00Z")).isEqualTo("2021-03-06T10:02:00Z");
        assertThat(IsoTimestamps.read("2021-03-06T10:02:07.123+00:00")).isEqualTo("2021-03-06T10:02:07Z");
        assertThat(IsoTimestamps.read("2021-03-06 10:02:07.123456-05:30")).isEqualTo("2021-03-06T10:02:07-05:30");
        assertThat(IsoTimestamps.read("2021-03-06T10:02:07")).isEqualTo("2021-03-06T10:02:07");
    }

    @Test
    void shouldLeaveOtherShapesAndAdjustedValuesToTheGeneralFormatter() {
        assertThat(IsoTimestamps.read("2021-03-06T10:02Z")).isNull();
        assertThat(IsoTimestamps.read("2021-02-30T10:02:00Z")).isNull();
        assertThat(IsoTimestamps.read("2021-03-06T24:00:00Z")).isNull();
        assertThat(IsoTimestamps.read("1985-03-06T10:02:00Z")).isNull();
        assertThat(IsoTimestamps.read("2021-03-06T10:02:00+0200")).isNull();
    }

    /** One of the first three options (the common shapes) three times in four, else any. */
    private static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(4) > 0 ? random.nextInt(3) : random.nextInt(options.size()));
    }
}
