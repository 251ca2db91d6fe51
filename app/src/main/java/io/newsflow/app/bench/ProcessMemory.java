package io.newsflow.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * This process's resident memory from {@code /proc/self/status} (Linux): {@code VmRSS} now and {@code VmHWM},
 * its peak. Elsewhere both are unknown (-1).
 */
record ProcessMemory(long rssBytes, long peakRssBytes) {
    private static final Path STATUS = Path.of("/proc/self/status");
    static final ProcessMemory UNKNOWN = new ProcessMemory(-1, -1);

    static ProcessMemory read() {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            return new ProcessMemory(kilobytes(lines, "VmRSS:") * 1024, kilobytes(lines, "VmHWM:") * 1024);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN; // not Linux, or /proc not mounted: reported as unknown
        }
    }

    private static long kilobytes(List<String> lines, String key) {
        for (String line : lines) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
            }
        }
        return -1;
    }
}
