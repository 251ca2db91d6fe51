package io.newsflow.sink.partition;

import io.newsflow.model.Checks;
import io.newsflow.sink.file.FileRange;
import java.nio.file.Path;

/**
 * A file the sink renamed into place.
 *
 * @param range       its partition and offsets
 * @param path        where it is
 * @param records     lines in it
 * @param deadLetters true when its lines are the sink's dead letters for values it could not write
 */
public record CommittedFile(FileRange range, Path path, long records, boolean deadLetters) {
    public CommittedFile {
        Checks.notNull(range, "range");
        Checks.notNull(path, "path");
    }
}
