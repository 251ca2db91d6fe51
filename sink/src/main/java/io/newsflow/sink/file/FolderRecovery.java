package io.newsflow.sink.file;

import io.newsflow.model.Checks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads where each partition's output stands from the file names in the output folders, like Kafka Connect's
 * HDFS sink: the next offset is the largest last offset of the partition's files plus one (ranges may have
 * gaps, from transaction markers and aborted records). Stale temp files of the partitions, left by a crash,
 * are deleted: their records were never committed and will be read again.
 *
 * <p>The files are the truth; committed consumer offsets can only lag behind them (a commit lost after a
 * rename), so the sink resumes from the larger of the two.
 */
public final class FolderRecovery {
    private final FileNaming naming;

    public FolderRecovery(FileNaming naming) {
        this.naming = Checks.notNull(naming, "naming");
    }

    /** Scans {@code folders} once for all {@code partitions}; a folder that does not exist holds no files. */
    public Map<TopicPartition, Recovered> recover(Collection<TopicPartition> partitions, Collection<Path> folders) {
        Checks.notNull(partitions, "partitions");
        Checks.notNull(folders, "folders");
        Scan scan = new Scan(Set.copyOf(partitions));
        for (Path folder : Set.copyOf(folders)) {
            scanFolder(folder, scan);
        }
        return scan.result();
    }

    private void scanFolder(Path folder, Scan scan) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                visit(entry, scan);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read output folder " + folder + ": " + e.getMessage(), e);
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
