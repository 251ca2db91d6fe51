package io.newsflow.sink.file;

import io.newsflow.model.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the files one Kafka partition wrote between two rotations visible together, so that the largest
 * offset in any visible file always means that every earlier record of the partition is in a visible file.
 * Hand-written: a write-ahead manifest, as databases commit several files.
 *
 * <p>One file is renamed into place (atomic). Several: the finished temp files are listed in a manifest
 * ({@code <topic>+<partition>+<first>-<last>.manifest} in {@code .manifests/} of the output folder), which is
 * written to a temp name, fsync'd and renamed: that rename is the commit. The temp files are then renamed to
 * their names, their folders fsync'd, and the manifest deleted. After a crash, {@link #rollForward} finishes
 * every manifest it finds (a temp file still there is renamed, one already renamed is left), so a set is either
 * wholly visible or, with no manifest, wholly absent and its temp files deleted by recovery.
 */
public final class FileSetCommit {
    private static final Logger LOG = LoggerFactory.getLogger(FileSetCommit.class);
    public static final String FOLDER = ".manifests";
    private static final String SUFFIX = ".manifest";
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9._-]+)\\+(\\d{1,10})\\+(\\d{20})-(\\d{20})\\.manifest");
    private static final Pattern TEMP = Pattern.compile("\\.([A-Za-z0-9._-]+)\\+(\\d{1,10})\\+.*\\.manifest\\.tmp");

    private final Path outDir;
    private final Path folder;

    /** @param outDir the output folder; manifests go to its {@value #FOLDER} folder */
    public FileSetCommit(Path outDir) {
        this.outDir = Checks.notNull(outDir, "outDir").toAbsolutePath().normalize();
        this.folder = this.outDir.resolve(FOLDER);
    }

    /**
     * Makes {@code files}, all finished, visible under their target names as one step.
     *
     * @param partition the Kafka partition they hold records of
     * @param first     the first offset of the set
     * @param last      the last offset of the set
     * @throws IOException when the set could not be committed; if the manifest was written by then, the set
     *                     is committed anyway and {@link #rollForward} completes it
     */
    public void commit(TopicPartition partition, long first, long last, List<PreparedFile> files) throws IOException {
        Checks.notNull(partition, "partition");
        Checks.notNull(files, "files");
        if (files.size() == 1) {
            publish(files);
            return;
        }
        Path manifest = writeManifest(partition, first, last, files);
        publish(files);
        Files.deleteIfExists(manifest);
    }

    /** Completes the committed sets of {@code partitions} a crash interrupted; deletes their unfinished manifests. */
    public List<Path> rollForward(Collection<TopicPartition> partitions) {
        Checks.notNull(partitions, "partitions");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Set<TopicPartition> wanted = Set.copyOf(partitions);
        List<Path> completed = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (partitionOf(NAME, name).filter(wanted::contains).isPresent()) {
                    complete(entry);
                    completed.add(entry);
                } else if (partitionOf(TEMP, name).filter(wanted::contains).isPresent()) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the committed files listed in " + folder + ": " + e, e);
        }
        return completed;
    }

    private Path writeManifest(TopicPartition partition, long first, long last, List<PreparedFile> files)
            throws IOException {
        Files.createDirectories(folder);
        String name = partition.topic() + "+" + partition.partition() + "+" + String.format("%020d-%020d", first, last);
        Path temp = folder.resolve("." + name + SUFFIX + ".tmp");
        Path manifest = folder.resolve(name + SUFFIX);
        StringBuilder text = new StringBuilder();
        for (PreparedFile file : files) {
            text.append(relative(file.temp())).append('\t').append(relative(file.target())).append('\n');
        }
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temp, manifest, StandardCopyOption.ATOMIC_MOVE);
        Directories.fsync(folder);
        return manifest;
    }

    private void complete(Path manifest) throws IOException {
        List<PreparedFile> files = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                files.add(new PreparedFile(resolve(parts[0]), resolve(parts[1])));
            }
        }
        List<PreparedFile> pending = new ArrayList<>();
        for (PreparedFile file : files) {
            if (Files.exists(file.temp())) {
                pending.add(file);
            } else if (!Files.exists(file.target())) {
                LOG.error("{} lists {}, which is neither a temp file nor a complete file any more: removed by "
                        + "someone else?", manifest, file.target());
            }
        }
        publish(pending);
        Files.deleteIfExists(manifest);
        LOG.info("completed the commit of {} files listed in {}", pending.size(), manifest.getFileName());
    }

    private static void publish(List<PreparedFile> files) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        for (PreparedFile file : files) {
            Files.move(file.temp(), file.target(), StandardCopyOption.ATOMIC_MOVE);
            folders.add(file.target().toAbsolutePath().getParent());
        }
        for (Path f : folders) {
            Directories.fsync(f);
        }
    }

    private String relative(Path file) {
        return outDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** A manifest line names a file below the output folder; anything else is refused. */
    private Path resolve(String relative) throws IOException {
        Path path = outDir.resolve(relative).normalize();
        if (!path.startsWith(outDir)) {
            throw new IOException("manifest names a file outside " + outDir + ": " + relative);
        }
        return path;
    }

    private static Optional<TopicPartition> partitionOf(Pattern pattern, String name) {
        Matcher m = pattern.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        long partition = Long.parseLong(m.group(2));
        return partition > Integer.MAX_VALUE ? Optional.empty()
                : Optional.of(new TopicPartition(m.group(1), (int) partition));
    }
}
