package io.newsflow.ingest.file;

import java.nio.file.Path;
import java.util.List;

/**
 * What a scan of the inputs found.
 *
 * @param files    the files to read, in order: inputs as named, each folder's files sorted by relative path
 * @param ignored  files inside named folders that are not article files (README, images, ...), left alone
 * @param missing  named inputs that do not exist or are neither a file nor a folder
 * @param problems folders or files that could not be listed, each with the reason
 */
public record Discovery(List<InputFile> files, List<Path> ignored, List<Path> missing, List<String> problems) {
    public Discovery {
        files = List.copyOf(files);
        ignored = List.copyOf(ignored);
        missing = List.copyOf(missing);
        problems = List.copyOf(problems);
    }
}
