package io.newsflow.sink.file;

import io.newsflow.model.Checks;
import io.newsflow.model.kafka.TopicNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sink's folders: one per output topic, named after the topic without the prefix ({@code articles/},
 * {@code duplicates/}, {@code rejected/}). Values the sink cannot write as they are become dead letters in
 * the rejected topic's folder.
 *
 * @param outDir the output folder
 * @param names  the topic names
 */
public record OutputFolders(Path outDir, TopicNames names) {
    public OutputFolders {
        Checks.notNull(outDir, "outDir");
        Checks.notNull(names, "names");
    }

    /** The folder of an output topic's files. */
    public Path folderOf(String topic) {
        Checks.notNull(topic, "topic");
        if (!names.outputs().contains(topic)) {
            throw new IllegalArgumentException("'" + topic + "' is not one of the output topics " + names.outputs());
        }
        return outDir.resolve(topic.substring(names.prefix().length()));
    }

    /** Where the sink's own dead letters go. */
    public Path rejectsFolder() {
        return folderOf(names.rejected());
    }

    /** Where multi-file commits keep their manifests. */
    public FileSetCommit commits() {
        return new FileSetCommit(outDir);
    }

    /** Every folder the sink writes. */
    public List<Path> all() {
        return names.outputs().stream().map(this::folderOf).toList();
    }

    /** Creates the folders; the error names the one that cannot be made. */
    public void create() {
        for (Path folder : all()) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create output folder " + folder + ": " + e, e);
            }
        }
    }
}
