package io.newsflow.sink.file;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Makes a folder's entries (a rename) durable. The JDK has no call for it; like Kafka's own log code, this
 * opens the folder and forces it, which POSIX systems allow and Windows does not (there NTFS journals the
 * rename itself, so it is skipped).
 */
public final class Directories {
    private static final boolean FSYNC_SUPPORTED =
            !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private Directories() {
    }

    public static void fsync(Path folder) throws IOException {
        if (!FSYNC_SUPPORTED) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
