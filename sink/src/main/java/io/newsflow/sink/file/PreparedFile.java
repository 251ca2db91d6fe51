package io.newsflow.sink.file;

import io.newsflow.model.Checks;
import java.nio.file.Path;

/**
 * A finished (fsync'd, closed) temp file and the name it gets when its set is committed.
 *
 * @param temp   the temp file
 * @param target the complete file's path
 */
public record PreparedFile(Path temp, Path target) {
    public PreparedFile {
        Checks.notNull(temp, "temp");
        Checks.notNull(target, "target");
    }
}
