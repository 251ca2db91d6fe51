package io.newsflow.sink.file;

import io.newsflow.model.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads where each partition's output stands from the file names in the output folders and their sub-folders
 * (one level of {@code date=}, {@code category=}, ... folders), like Kafka Connect's HDFS sink: the next offset
 * is the largest last offset of the partition's files plus one (ranges may have gaps, from transaction markers
 * and aborted records). First the file sets a crash left half-renamed are completed ({@link FileSetCommit}),
 * so every set is whole; then stale temp files of the partitions, left by a crash, are deleted: their records
 * were never committed and will be read again.
 *
 * <p>The files are the truth; committed consumer offsets can only lag behind them (a commit lost after a
 * rename), so the sink resumes from the larger of the two.
 */
public final class FolderRecovery {
    /** Topic folder, partition folder, file. */
    private static final int MAX_DEPTH = 2;
    private final FileNaming naming;
    private final FileSetCommit commits;

    public FolderRecovery(FileNaming naming, FileSetCommit commits) {
        this.naming = Checks.notNull(naming, "naming");
        this.commits = Checks.notNull(commits, "commits");
    }

    /** Scans {@code folders} once for all {@code partitions}; a folder that does not exist holds no files. */
    public Map<TopicPartition, Recovered> recover(Collection<TopicPartition> partitions, Collection<Path> folders) {
        Checks.notNull(partitions, "partitions");
        Checks.notNull(folders, "folders");
        commits.rollForward(partitions);
        Scan scan = new Scan(Set.copyOf(partitions));
        for (Path folder : Set.copyOf(folders)) {
            scanFolder(folder, scan);
        }
        return scan.result();
    }

    /** Symbolic links are not followed: the sink never makes them, and they could lead out of the folder. */
    private void scanFolder(Path folder, Scan scan) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(folder, MAX_DEPTH)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    visit(entry, scan);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot read output folder " + folder + ": " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    private void visit(Path entry, Scan scan) throws IOException {
        String name = entry.getFileName().toString();
        naming.parseFileName(name).ifPresent(scan::file);
        Optional<TopicPartition> temp = naming.parseTempName(name).filter(scan.partitions::contains);
        if (temp.isPresent()) {
            Files.deleteIfExists(entry);
            scan.deletedTemp(temp.get(), entry);
        }
    }

    /** The running result of one scan. */
    private static final class Scan {
        private final Set<TopicPartition> partitions;
        private final Map<TopicPartition, Long> next = new HashMap<>();
        private final Map<TopicPartition, List<Path>> deleted = new HashMap<>();

        Scan(Set<TopicPartition> partitions) {
            this.partitions = partitions;
        }

        void file(FileRange range) {
            if (partitions.contains(range.partition())) {
                next.merge(range.partition(), range.nextOffset(), Math::max);
            }
        }

        void deletedTemp(TopicPartition partition, Path file) {
            deleted.computeIfAbsent(partition, p -> new ArrayList<>()).add(file);
        }

        Map<TopicPartition, Recovered> result() {
            Map<TopicPartition, Recovered> result = new HashMap<>();
            for (TopicPartition p : partitions) {
                OptionalLong offset = next.containsKey(p) ? OptionalLong.of(next.get(p)) : OptionalLong.empty();
                result.put(p, new Recovered(p, offset, deleted.getOrDefault(p, List.of())));
            }
            return Map.copyOf(result);
        }
    }
}
