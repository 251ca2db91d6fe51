package io.newsflow.ingest.file;

import io.newsflow.model.Checks;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the article files under the named inputs.
 *
 * <ul>
 *   <li>A named folder is walked recursively (symbolic links followed, loops reported); hidden files and folders
 *       and temporary files are skipped; files of a type ingest does not read are <em>ignored</em> and counted,
 *       since folders commonly hold READMEs and images next to articles.</li>
 *   <li>A named file is always taken, even one of a type ingest does not read: it is then rejected as
 *       {@code unsupported-format}, because the user asked for it explicitly.</li>
 *   <li>A file reached twice (a folder and a file in it, or a folder named twice) is listed once, first
 *       occurrence wins.</li>
 * </ul>
 */
public final class InputDiscovery {
    private static final Logger LOG = LoggerFactory.getLogger(InputDiscovery.class);

    /** Lists the files under {@code inputs}; never throws for a missing or unreadable input, it reports it. */
    public Discovery discover(List<Path> inputs) {
        Checks.notNull(inputs, "inputs");
        Scan scan = new Scan();
        for (Path input : inputs) {
            scan.add(Checks.notNull(input, "input"));
        }
        return scan.result();
    }

    /** The state of one discovery. */
    private static final class Scan {
        private final Map<String, InputFile> files = new LinkedHashMap<>();
        private final List<Path> ignored = new ArrayList<>();
        private final List<Path> missing = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        void add(Path input) {
            if (Files.isRegularFile(input)) {
                addNamedFile(input);
            } else if (Files.isDirectory(input)) {
                addFolder(input);
            } else {
                missing.add(input);
            }
        }

        private void addNamedFile(Path file) {
            String name = file.getFileName().toString();
            keep(new InputFile(file, name, FileType.of(name).orElse(FileType.UNSUPPORTED)));
        }

        private void addFolder(Path folder) {
            List<InputFile> found = new ArrayList<>();
            try {
                Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new FolderVisitor(folder, found));
            } catch (IOException e) {
                problems.add("cannot list " + folder + ": " + e);
            }
            found.sort(Comparator.comparing(InputFile::sourcePath));
            found.forEach(this::keep);
        }

        private void keep(InputFile file) {
            files.putIfAbsent(file.identity(), file);
        }

        Discovery result() {
            return new Discovery(List.copyOf(files.values()), ignored, missing, problems);
        }

        /** Collects one folder's article files. */
        private final class FolderVisitor extends SimpleFileVisitor<Path> {
            private final Path root;
            private final List<InputFile> found;

            FolderVisitor(Path root, List<InputFile> found) {
                this.root = root;
                this.found = found;
            }

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(root) && FileNames.hidden(dir.getFileName().toString());
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (FileNames.skipped(name)) {
                    LOG.debug("skipping hidden or temporary file {}", file);
                } else if (!attrs.isRegularFile()) {
                    LOG.debug("skipping {}: not a regular file", file);
                    ignored.add(file);
                } else {
                    FileType.of(name).ifPresentOrElse(
                            type -> found.add(new InputFile(file, relative(file), type)),
                            () -> ignored.add(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add("cannot read " + file + ": " + e);
                return FileVisitResult.CONTINUE;
            }

            private String relative(Path file) {
                return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            }
        }
    }
}
