package io.newsflow.ingest.file;

import java.util.List;
import java.util.Locale;

/**
 * Which names inside a folder are not inputs: hidden files and folders ({@code .git}, {@code .DS_Store}) and the
 * temporary files editors, downloaders and copy tools write before renaming them into place.
 */
final class FileNames {
    private static final List<String> TEMP_SUFFIXES = List.of("~", ".tmp", ".temp", ".part", ".partial",
            ".crdownload", ".download", ".swp", ".swo", ".swx", ".filepart", ".inprogress");

    private FileNames() {
    }

    static boolean hidden(String name) {
        return name.startsWith(".");
    }

    static boolean temporary(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("~$") || (lower.startsWith("#") && lower.endsWith("#"))
                || TEMP_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    static boolean skipped(String name) {
        return hidden(name) || temporary(name);
    }
}
