package io.newsflow.ingest.file;

import io.newsflow.model.Checks;
import io.newsflow.model.Source;
import java.nio.file.Path;

/**
 * One file to ingest.
 *
 * @param path       where it is on disk
 * @param sourcePath what records name it by: the path relative to the folder that was named, with {@code /}
 *                   separators, or the file name when the file itself was named
 * @param type       its format and compression
 */
public record InputFile(Path path, String sourcePath, FileType type) {
    public InputFile {
        Checks.notNull(path, "path");
        Checks.notBlank(sourcePath, "sourcePath");
        Checks.notNull(type, "type");
    }

    /** The source of the file as a whole. */
    public Source source() {
        return Source.file(sourcePath);
    }

    /** The source of one line of a JSON Lines file. */
    public Source source(long line) {
        return Source.fileLine(sourcePath, Math.toIntExact(line));
    }

    /** The file's stable identity across runs: its absolute, normalised path. */
    public String identity() {
        return path.toAbsolutePath().normalize().toString();
    }
}
