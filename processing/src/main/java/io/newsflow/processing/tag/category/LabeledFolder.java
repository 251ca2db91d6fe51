package io.newsflow.processing.tag.category;

import io.newsflow.model.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Labelled texts laid out as {@code root/<label>/*.txt}, one article a file (headline on the first line): the
 * simplest way to train or evaluate a model on one's own taxonomy.
 */
public final class LabeledFolder {
    private LabeledFolder() {
    }

    public static List<LabeledText> read(Path root) {
        Checks.notNull(root, "root");
        List<LabeledText> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Path label = root.relativize(file).getParent();
                if (label != null) {
                    out.add(new LabeledText(label.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("can't read labelled folder " + root, e);
        }
        return out;
    }
}
