package io.newsflow.sink.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathSanitizerTest {
    private final PathSanitizer sanitizer = new PathSanitizer();
    @TempDir
    Path base;

    @Test
    void shouldKeepOrdinaryValuesReadable() {
        assertThat(sanitizer.segment("world")).isEqualTo("world");
        assertThat(sanitizer.segment("news.example.org")).isEqualTo("news.example.org");
        assertThat(sanitizer.segment("2026-11-21")).isEqualTo("2026-11-21");
    }

    @Test
    void shouldNeverLeaveTheFolderItIsResolvedAgainst() {
        for (String hostile : List.of("..", ".", "../..", "../../etc/passwd", "/etc", "\\windows\\system32",
                "a/../../b", "C:\\x", "a\u0000b", "~", "~empty", " ", ". ", "..\u2024", "\u002e\u002e/")) {
            String segment = sanitizer.segment(hostile);
            Path resolved = base.resolve(segment).normalize();
            assertThat(resolved.getParent()).as("'%s' -> '%s'", hostile, segment).isEqualTo(base);
            assertThat(segment).doesNotContain("/", "\\", "\u0000", ":").doesNotStartWith(".").doesNotEndWith(".");
        }
    }

    @Test
    void shouldEscapeWindowsDeviceNames() {
        for (String reserved : List.of("CON", "nul", "Com1", "lpt9", "aux.txt", "prn.tar.gz")) {
            String segment = sanitizer.segment(reserved);
            assertThat(segment).as(reserved).startsWith("%");
        }
        assertThat(sanitizer.segment("console")).isEqualTo("console");
    }

    @Test
    void shouldCapLongNamesWithAHashSoTheyStayDistinct() {
        String a = "x".repeat(4096);
        String b = "x".repeat(4095) + "y";

        assertThat(sanitizer.segment(a)).hasSizeLessThanOrEqualTo(PathSanitizer.MAX_CHARS).contains("~");
        assertThat(sanitizer.segment(a)).isNotEqualTo(sanitizer.segment(b));
        assertThat(sanitizer.segment("\u00e9".repeat(2000))).hasSizeLessThanOrEqualTo(PathSanitizer.MAX_CHARS)
                .matches("(%[0-9a-f]{2})+~[0-9a-f]{16}");
    }

    @Test
    void shouldMergeCaseVariantsAndKeepOtherValuesApart() {
        assertThat(sanitizer.segment("World")).isEqualTo(sanitizer.segment("WORLD")).isEqualTo("world");
        assertThat(sanitizer.segment("caf\u00e9")).isEqualTo(sanitizer.segment("cafe\u0301"));
        Set<String> distinct = new HashSet<>();
        for (String value : List.of("a b", "a%20b", "a_b", "a-b", "a.b", "a/b", "a\\b", "a=b", "a~b", "", "~empty")) {
            assertThat(distinct.add(sanitizer.segment(value))).as("'%s' collides", value).isTrue();
        }
    }

    @Test
    void shouldMakeNamesTheFileSystemAccepts() throws IOException {
        for (String value : List.of("\u0000", "a\nb", "\u202e", "\ud83d\udcf0 news", "x".repeat(4096), "CON")) {
            Path folder = Files.createDirectory(base.resolve(sanitizer.segment(value)));
            assertThat(folder).isDirectory();
        }
    }
}
